import type { SellerDashboard } from "@/lib/data/seller"
import type { SellerMe } from "@/lib/types"
import { sellerLogout } from "@/lib/data/seller-actions"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { CertificateWarnings } from "@/modules/seller/components/certificate-warnings"
import { ProducerEnglishForm } from "@/modules/seller/components/producer-english-form"
import { SellerCertificates } from "@/modules/seller/components/seller-certificates"
import { SellerConsignments } from "@/modules/seller/components/seller-consignments"
import { SellerListings } from "@/modules/seller/components/seller-listings"
import { SellerMembers } from "@/modules/seller/components/seller-members"
import { SellerOrders } from "@/modules/seller/components/seller-orders"
import { SellerPayouts } from "@/modules/seller/components/seller-payouts"
import { SellerReviewsSection } from "@/modules/reviews/components/seller-reviews-section"
import { SellerLots } from "@/modules/trace/components/seller-lots"
import { MailPreferences } from "@/modules/common/components/mail-preferences"

/**
 * The producer portal once logged in: status and commission; for an approved
 * producer, the certificates that need it first (expiring, expired, rejected,
 * revoked), then listings and why each is or is not on sale, certificates,
 * orders, payouts, goods at showrooms, members and its English profile.
 */
export function SellerHomeTemplate({
  me,
  dashboard,
  lang,
}: {
  me: SellerMe
  dashboard: SellerDashboard | null
  lang: Lang
}) {
  const t = dictionary(lang)
  const s = t.seller
  const { producer } = me
  return (
    <section>
      <h1>{producer.name}</h1>
      <p data-testid="seller-status">
        <strong>{s.status[producer.status]}</strong> · {fill(s.commission, { pct: producer.commission_bps / 100 })}
      </p>
      {producer.status === "pending" ? <p className="notice">{s.pendingHint}</p> : null}
      <form action={sellerLogout}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="link-button">
          {s.logout}
        </button>
      </form>
      {dashboard ? <CertificateWarnings certificates={dashboard.certificates} lang={lang} /> : null}
      {dashboard ? (
        <div className="portal-sections">
          <div className="panel">
            <SellerListings products={dashboard.products} lang={lang} />
          </div>
          <div className="panel">
            <SellerCertificates certificates={dashboard.certificates} lang={lang} />
          </div>
          <div className="panel">
            <SellerOrders orders={dashboard.orders} lang={lang} />
          </div>
          <div className="panel">
            <SellerPayouts payouts={dashboard.payouts} lang={lang} />
          </div>
          <div className="panel">
            <SellerConsignments consignments={dashboard.consignments} lang={lang} />
          </div>
          <div className="panel">
            <SellerReviewsSection lang={lang} />
          </div>
          <div className="panel">
            <SellerLots lang={lang} />
          </div>
          <div className="panel">
            <SellerMembers members={dashboard.members} canInvite={me.member.role === "owner"} lang={lang} />
          </div>
          <div className="panel">
            <MailPreferences portal="seller" lang={lang} />
          </div>
          <div className="panel">
            <ProducerEnglishForm
              lang={lang}
              t={t}
              values={{ name_en: producer.name_en ?? "", description_en: producer.description_en ?? "" }}
            />
          </div>
        </div>
      ) : null}
    </section>
  )
}
