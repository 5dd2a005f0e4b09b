import Link from "@/modules/common/components/link"
import type { CertificateCheck } from "@/lib/types"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import { StarBadge } from "@/modules/common/components/star-badge"

/** What a QR stamp opens: valid, expired, revoked or unknown, said plainly, with the producer and product. */
export function CertificateTemplate({
  number,
  result,
  lang,
}: {
  number: string
  result: CertificateCheck | null
  lang: Lang
}) {
  const t = dictionary(lang).verify
  const tp = dictionary(lang).product
  if (!result) {
    return (
      <section className="narrow verify verify-unknown" data-testid="verify-state" data-state="unknown">
        <h1>{t.unknown}</h1>
        <p className="big-number">{number}</p>
        <p>{t.unknownHint}</p>
        <p>
          <Link href={`/${lang}/verify`}>{t.title}</Link>
        </p>
      </section>
    )
  }
  const c = result.certificate
  const state = (["valid", "expired", "revoked"].includes(c.state) ? c.state : "expired") as
    "valid" | "expired" | "revoked"
  return (
    <section className={`narrow verify verify-${state}`} data-testid="verify-state" data-state={state}>
      <p className="verify-headline" role="status">
        <span aria-hidden="true">{state === "valid" ? "✔" : "✖"}</span> {t[state]}
      </p>
      <h1>{c.product_name}</h1>
      <StarBadge stars={c.stars} level={c.level} lang={lang} />
      <dl>
        <div className="row">
          <dt>{tp.certificateNumber}</dt>
          <dd className="big-number">{c.certificate_number}</dd>
        </div>
        <div className="row">
          <dt>{tp.producer}</dt>
          <dd>
            <Link href={`/${lang}/producers/${c.producer.handle}`}>{c.producer.name}</Link>
          </dd>
        </div>
        <div className="row">
          <dt>{tp.commune}</dt>
          <dd>
            {c.commune}, {c.province.label}
          </dd>
        </div>
        <div className="row">
          <dt>{tp.decision}</dt>
          <dd>{c.decision_number}</dd>
        </div>
        <div className="row">
          <dt>{tp.authority}</dt>
          <dd>{c.issuing_authority}</dd>
        </div>
        <div className="row">
          <dt>{tp.issued}</dt>
          <dd>{formatDate(c.issued_at, lang)}</dd>
        </div>
        <div className="row">
          <dt>{tp.expires}</dt>
          <dd>{formatDate(c.expires_at, lang)}</dd>
        </div>
        {c.status_reason ? (
          <div className="row">
            <dt>{t.reason}</dt>
            <dd>{c.status_reason}</dd>
          </div>
        ) : null}
      </dl>
      {c.product && c.product.current_certificate_number !== c.certificate_number ? (
        <p data-testid="verify-current">
          {fill(t.superseded, { number: c.product.current_certificate_number })}{" "}
          <Link href={`/${lang}/verify/${encodeURIComponent(c.product.current_certificate_number)}`}>
            {c.product.current_certificate_number}
          </Link>
        </p>
      ) : null}
      {c.product ? (
        <p>
          {c.product.thumbnail ? <img src={imageSrc(c.product.thumbnail)!} alt="" width={120} height={90} /> : null}{" "}
          <Link href={`/${lang}/products/${c.product.handle}`} className="button">
            {t.viewProduct}
          </Link>
        </p>
      ) : (
        <p className="muted">{t.notOnSale}</p>
      )}
    </section>
  )
}
