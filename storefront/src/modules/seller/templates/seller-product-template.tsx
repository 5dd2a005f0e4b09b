import Link from "@/modules/common/components/link"
import type { SellerCertificate, SellerProduct } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import { CertificateForm } from "@/modules/seller/components/certificate-form"
import { CertificateWarnings } from "@/modules/seller/components/certificate-warnings"
import { ListingEnglishForm } from "@/modules/seller/components/listing-english-form"
import { ListingStatusButton } from "@/modules/seller/components/listing-status-button"
import type { Option } from "@/modules/seller/components/use-seller-form"

/**
 * One of the producer's listings: whether it is on sale and why not, its
 * certificate warnings, submit for sale, its English text, submit its certificate.
 */
export function SellerProductTemplate({
  product,
  certificates,
  groups,
  provinces,
  lang,
}: {
  product: SellerProduct
  /** this product's certificates, for their warnings */
  certificates: SellerCertificate[]
  groups: Option[]
  provinces: Option[]
  lang: Lang
}) {
  const t = dictionary(lang)
  const s = t.seller
  const src = imageSrc(product.thumbnail)
  const meta = (k: string) => (typeof product.metadata?.[k] === "string" ? (product.metadata[k] as string) : "")
  return (
    <section className="narrow">
      <p>
        <Link href={`/${lang}/seller`}>{s.title}</Link>
      </p>
      <h1>{product.title}</h1>
      {src ? <img src={src} alt="" width={320} height={240} /> : null}
      <p data-testid="sale-status">
        {product.sale.on_sale ? (
          <strong className="success">{s.onSale}</strong>
        ) : (
          <strong className="error">
            {s.notOnSale}: {s.reasons[product.sale.reason as keyof typeof s.reasons] ?? product.sale.reason}
          </strong>
        )}
      </p>
      {product.sale.certificate ? (
        <p data-testid="certificate-state">
          {s.certificateNumber} {product.sale.certificate.number}:{" "}
          {product.sale.certificate.state === "valid"
            ? s.certStatus.verified
            : (s.reasons[product.sale.certificate.state as keyof typeof s.reasons] ?? product.sale.certificate.state)}
        </p>
      ) : null}
      <CertificateWarnings certificates={certificates} lang={lang} formOnPage />
      <ul>
        {product.variants.map((v) => (
          <li key={v.id}>
            {v.title} · {v.sku} · {formatVnd(v.prices?.find((p) => p.currency_code === "vnd")?.amount, lang)}
          </li>
        ))}
      </ul>
      {product.status === "published" ? (
        <ListingStatusButton lang={lang} productId={product.id} status="draft" label={s.backToDraft} />
      ) : (
        <ListingStatusButton lang={lang} productId={product.id} status="published" label={s.submitForSale} />
      )}
      {/* stored text shown as text: markup typed into a description never runs */}
      {product.description ? <p className="description">{product.description}</p> : null}
      <ListingEnglishForm
        lang={lang}
        t={t}
        productId={product.id}
        values={{
          title_en: meta("title_en"),
          subtitle_en: meta("subtitle_en"),
          description_en: meta("description_en"),
        }}
      />
      <CertificateForm lang={lang} t={t} productId={product.id} groups={groups} provinces={provinces} />
    </section>
  )
}
