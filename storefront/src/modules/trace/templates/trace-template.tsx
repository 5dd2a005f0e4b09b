import Link from "@/modules/common/components/link"
import { fill, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import type { StoreTraceResponse } from "@/lib/types"
import { traceText } from "../i18n"
import { TraceSignals } from "../components/trace-signals"
import "../trace.css"

/** What a scanned stamp says: warnings first, then product, producer, place, certificate now, the lot and its path. */
export function TraceTemplate({ data, code, lang }: { data: StoreTraceResponse; code: string; lang: Lang }) {
  const t = traceText(lang)
  const v = data.trace
  return (
    <article className="trace" data-testid="trace">
      <h1>{t.title}</h1>
      <p className="muted">
        {t.code}: <strong data-testid="trace-code">{v?.code ?? code}</strong>
        {v ? ` · ${v.kind === "unit" ? fill(t.unitStamp, { n: v.unit ?? "" }) : t.lotStamp}` : null}
      </p>
      <TraceSignals signals={data.signals} t={t} />
      {v ? (
        <>
          <section className="trace-product" aria-label={t.product}>
            {v.product?.thumbnail ? (
              <img src={imageSrc(v.product.thumbnail) ?? undefined} alt="" width={160} height={120} />
            ) : null}
            <div>
              <h2 data-testid="trace-product">{v.product?.title}</h2>
              <dl className="trace-facts">
                {v.producer ? (
                  <>
                    <dt>{t.producer}</dt>
                    <dd>
                      <Link href={`/${lang}/producers/${v.producer.handle}`}>{v.producer.name}</Link>
                    </dd>
                  </>
                ) : null}
                <dt>{t.origin}</dt>
                <dd data-testid="trace-origin">{[v.commune, v.province].filter(Boolean).join(", ")}</dd>
                <dt>{t.certificate}</dt>
                <dd data-testid="trace-certificate">
                  {v.certificate ? (
                    <>
                      <strong className={v.certificate.state === "valid" ? "trace-valid" : "trace-invalid"}>
                        {t.states[v.certificate.state] ?? v.certificate.state}
                      </strong>{" "}
                      · OCOP {fill(t.stars, { n: v.certificate.stars })} ·{" "}
                      <Link href={`/${lang}/verify/${encodeURIComponent(v.certificate.number)}`}>
                        {v.certificate.number}
                      </Link>{" "}
                      · {fill(t.until, { date: formatDate(v.certificate.expires_at, lang) })}
                    </>
                  ) : (
                    t.states.no_certificate
                  )}
                </dd>
              </dl>
              {v.product?.handle ? <Link href={`/${lang}/products/${v.product.handle}`}>{t.viewProduct}</Link> : null}
            </div>
          </section>
          <section aria-labelledby="trace-lot">
            <h2 id="trace-lot">
              {t.lot} <span data-testid="trace-lot-code">{v.lot.lot_code}</span>
            </h2>
            <dl className="trace-facts">
              <dt>{t.producedOn}</dt>
              <dd>{formatDate(v.lot.produced_on, lang)}</dd>
              <dt>{t.bestBefore}</dt>
              <dd data-testid="trace-best-before">{formatDate(v.lot.best_before, lang)}</dd>
              <dt>{t.quantity}</dt>
              <dd>{v.lot.quantity}</dd>
              {v.lot.notes ? (
                <>
                  <dt>{t.notes}</dt>
                  <dd className="review-body">{v.lot.notes}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section aria-labelledby="trace-path">
            <h2 id="trace-path">{t.path}</h2>
            <ol className="trace-path" data-testid="trace-path">
              <li>
                <time>{formatDate(v.path.made.at, lang)}</time> {fill(t.made, { n: v.path.made.quantity })}
              </li>
              {v.path.intakes.map((i, k) => (
                <li key={`i${k}`} data-testid="trace-intake">
                  <time>{formatDate(i.at, lang)}</time> {fill(t.intake, { showroom: i.showroom, n: i.quantity })}
                </li>
              ))}
              {v.path.sold.map((s, k) => (
                <li key={`s${k}`} data-testid="trace-sold">
                  <time>{formatDate(s.last_at, lang)}</time> {fill(t.sold, { showroom: s.showroom, n: s.quantity })}
                </li>
              ))}
            </ol>
            {v.scans ? <p className="muted">{fill(t.scans, { n: v.scans.scans, places: v.scans.places })}</p> : null}
          </section>
        </>
      ) : null}
    </article>
  )
}
