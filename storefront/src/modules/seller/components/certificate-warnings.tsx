import Link from "@/modules/common/components/link"
import type { SellerCertificate } from "@/lib/types"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"

export type CertificateWarningKind = "60_days" | "30_days" | "expired" | "rejected" | "revoked"
export type CertificateWarning = {
  certificate: SellerCertificate
  kind: CertificateWarningKind
  /** a newer certificate of the same product is waiting for review: nothing more to do but wait */
  renewalPending: boolean
}

/** What the producer must act on: expiring within 60 days, expired, rejected or revoked. */
export function warningKindOf(c: SellerCertificate): CertificateWarningKind | null {
  if (c.status === "rejected") return "rejected"
  if (c.status === "revoked") return "revoked"
  if (c.status !== "verified") return null
  if (c.state === "expired") return "expired"
  return c.expiry_warning
}

/**
 * The certificates that need the producer, most urgent first. One whose
 * product already has another valid certificate (not expiring) is settled and
 * left out; one whose product has a newer submission waiting is marked so.
 */
export function certificateWarnings(certificates: SellerCertificate[]): CertificateWarning[] {
  const order: CertificateWarningKind[] = ["revoked", "expired", "rejected", "30_days", "60_days"]
  return certificates
    .flatMap((c) => {
      const kind = warningKindOf(c)
      if (!kind) return []
      const others = certificates.filter((o) => o.product_id === c.product_id && o.id !== c.id)
      if (others.some((o) => o.status === "verified" && o.state === "valid" && !o.expiry_warning)) return []
      return [{ certificate: c, kind, renewalPending: others.some((o) => o.status === "submitted") }]
    })
    .sort(
      (a, b) =>
        order.indexOf(a.kind) - order.indexOf(b.kind) ||
        a.certificate.expires_at.localeCompare(b.certificate.expires_at)
    )
}

/** Red for what has left or will leave sale within 30 days, amber for 60 days. */
export const warningTone = (kind: CertificateWarningKind) => (kind === "60_days" ? "caution" : "danger")

/**
 * Certificate warnings as cards that stand out: an icon and a label (never the
 * colour alone), the date, the reason when there is one, and what to do, with
 * a link to the product's certificate form. `formOnPage`: the form is on this
 * page (the listing's own page), so the link goes straight to it.
 */
export function CertificateWarnings({
  certificates,
  lang,
  formOnPage = false,
}: {
  certificates: SellerCertificate[]
  lang: Lang
  formOnPage?: boolean
}) {
  const s = dictionary(lang).seller
  const w = s.certWarnings
  const warnings = certificateWarnings(certificates)
  if (!warnings.length) return null
  return (
    <section aria-labelledby="cert-warnings-heading" className="warnings" data-testid="certificate-warnings">
      <h2 id="cert-warnings-heading">{fill(w.heading, { n: warnings.length })}</h2>
      <ul className="warning-cards" role="list">
        {warnings.map(({ certificate: c, kind, renewalPending }) => {
          const date = formatDate(kind === "rejected" || kind === "revoked" ? c.reviewed_at : c.expires_at, lang)
          const detail =
            (kind === "rejected" || kind === "revoked") && !c.reviewed_at
              ? w.detailUndated[kind]
              : fill(w.detail[kind], { date, days: c.days_left })
          return (
            <li key={c.id} className={`warning-card ${warningTone(kind)}`} data-testid="certificate-warning">
              <span className="warning-icon" aria-hidden="true">
                {kind === "60_days" || kind === "30_days" ? "!" : "✕"}
              </span>
              <div className="warning-body">
                <p className="warning-label">{w.label[kind]}</p>
                <h3>
                  {c.product_name}{" "}
                  <span className="warning-number">
                    · {s.certificateNumber} <span className="warning-code">{c.certificate_number}</span>
                  </span>
                </h3>
                <p>{detail}</p>
                {c.status_reason ? (
                  <p>
                    <strong>{w.reason}:</strong> {c.status_reason}
                  </p>
                ) : null}
                {renewalPending ? (
                  <p className="warning-pending">{w.pending}</p>
                ) : (
                  <Link
                    className="warning-action"
                    href={formOnPage ? "#cert-form" : `/${lang}/seller/products/${c.product_id}#cert-form`}
                  >
                    {w.action[kind]}
                  </Link>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
