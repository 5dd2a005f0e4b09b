import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { getSellerMe, getSellerProduct } from "@/lib/data/seller"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import { groupOptions, provinceOptions } from "@/lib/seller-options"
import { CertificateForm } from "@/modules/seller/components/certificate-form"
import { ListingStatusButton } from "@/modules/seller/components/listing-status-button"

/** One of the producer's listings: whether it is on sale and why not, submit for sale, submit its certificate. */
export default async function SellerProduct({ params }: { params: Promise<{ lang: Lang; id: string }> }) {
  const { lang, id } = await params
  const me = await getSellerMe()
  if (me?.producer.status !== "approved") redirect(`/${lang}/seller`)
  const product = await getSellerProduct(id)
  if (!product) notFound()
  const t = dictionary(lang)
  const s = t.seller
  const src = imageSrc(product.thumbnail)
  return (
    <section className="narrow">
      <p><Link href={`/${lang}/seller`}>{s.title}</Link></p>
      <h1>{product.title}</h1>
      {src ? <img src={src} alt="" width={320} height={240} /> : null}
      <p data-testid="sale-status">
        {product.sale.on_sale ? <strong className="success">{s.onSale}</strong> : <strong className="error">{s.notOnSale}: {s.reasons[product.sale.reason as keyof typeof s.reasons] ?? product.sale.reason}</strong>}
      </p>
      {product.sale.certificate ? (
        <p data-testid="certificate-state">
          {s.certificateNumber} {product.sale.certificate.number}:{" "}
          {product.sale.certificate.state === "valid" ? s.certStatus.verified : s.reasons[product.sale.certificate.state as keyof typeof s.reasons] ?? product.sale.certificate.state}
        </p>
      ) : null}
      <ul>
        {product.variants.map((v) => (
          <li key={v.id}>{v.title} · {v.sku} · {formatVnd(v.prices?.find((p) => p.currency_code === "vnd")?.amount, lang)}</li>
        ))}
      </ul>
      {product.status === "published" ? (
        <ListingStatusButton lang={lang} productId={product.id} status="draft" label={s.backToDraft} />
      ) : (
        <ListingStatusButton lang={lang} productId={product.id} status="published" label={s.submitForSale} />
      )}
      {/* stored text shown as text: markup typed into a description never runs */}
      {product.description ? <p className="description">{product.description}</p> : null}
      <CertificateForm lang={lang} t={t} productId={product.id} groups={groupOptions(lang)} provinces={await provinceOptions()} />
    </section>
  )
}
