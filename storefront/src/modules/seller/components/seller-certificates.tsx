import type { SellerCertificate } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"
import { warningKindOf, warningTone } from "@/modules/seller/components/certificate-warnings"

/** The producer's certificates: review status, expiry, and a tag on each that needs attention. */
export function SellerCertificates({ certificates, lang }: { certificates: SellerCertificate[]; lang: Lang }) {
  const t = dictionary(lang)
  const s = t.seller
  return (
    <>
      <h2>{s.certificates}</h2>
      <ul className="seller-list" role="list" data-testid="seller-certificates">
        {certificates.map((c) => {
          const kind = warningKindOf(c)
          return (
            <li key={c.id}>
              {c.product_name} · {c.certificate_number} · {c.stars}★ ·{" "}
              {s.certStatus[c.status as keyof typeof s.certStatus] ?? c.status}
              {c.status === "verified" ? ` · ${t.product.expires} ${formatDate(c.expires_at, lang)}` : ""}
              {c.status_reason ? ` · ${c.status_reason}` : ""}
              {kind ? (
                <>
                  {" "}
                  <span className={`warning-tag ${warningTone(kind)}`}>
                    <span aria-hidden="true">{kind === "60_days" || kind === "30_days" ? "! " : "✕ "}</span>
                    {s.certWarnings.label[kind]}
                  </span>
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
    </>
  )
}
