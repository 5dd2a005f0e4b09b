import type { Metadata } from "next"
import { headers } from "next/headers"
import { notFound } from "next/navigation"
import { checkCertificate, getProductByHandle } from "@/lib/data/catalogue"
import { productAvailability } from "@/lib/data/showrooms"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import { StarBadge } from "@/modules/common/components/star-badge"
import { ProvenancePanel } from "@/modules/products/components/provenance-panel"
import { QrCode } from "@/modules/common/components/qr-code"
import { AddToCart } from "@/modules/products/components/add-to-cart"

type Props = { params: Promise<{ lang: Lang; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  return product ? { title: product.title, description: product.subtitle ?? undefined } : {}
}

/** Our own origin as the shopper reached it, for the QR code's link. */
async function origin(): Promise<string> {
  const h = await headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000"
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`
}

/** A product on sale: gallery, price, badge, provenance, QR to its certificate, stock. Anything else is a real 404. */
export default async function ProductPage({ params }: Props) {
  const { lang, handle } = await params
  const product = await getProductByHandle(handle)
  if (!product?.ocop) notFound()
  const t = dictionary(lang).product
  const ocop = product.ocop
  const images = (product.images?.length ? product.images.map((i) => i.url) : [product.thumbnail]).map(imageSrc).filter(Boolean) as string[]
  const [verifyUrl, availability, check] = await Promise.all([
    origin().then((o) => `${o}/${lang}/verify/${encodeURIComponent(ocop.certificate_number)}`),
    productAvailability(product.id),
    // the product itself is reused for a few seconds; whether it is still on
    // sale is asked every time (cheap), so a revocation shows at once
    checkCertificate(ocop.certificate_number),
  ])
  const held = availability?.showrooms ?? []
  // units for delivery; goods at showrooms are ordered for pickup there (chosen at checkout)
  const variants = (product.variants ?? []).map((v: any) => {
    const online = availability ? (availability.online[v.id] ?? null) : null
    return {
      id: v.id,
      title: v.title,
      price: v.calculated_price?.calculated_amount ?? null,
      price_text: formatVnd(v.calculated_price?.calculated_amount, lang),
      online,
      available: online === 0 && held.length ? null : online,
    }
  })
  const prices = variants.map((v) => v.price).filter((p): p is number => p != null)
  const stock = variants.every((v) => v.online == null) ? null : variants.reduce((n, v) => n + (v.online ?? 0), 0)
  if (check?.certificate.product?.handle !== handle) notFound()
  const ts = dictionary(lang).showrooms
  return (
    <article className="product">
      <section className="gallery" aria-label={t.gallery}>
        {images.map((src, i) => (
          <img key={src + i} src={src} alt={i === 0 ? product.title : ""} width={640} height={480} className="gallery-image" />
        ))}
      </section>
      <section className="product-info">
        <h1>{product.title}</h1>
        {product.subtitle ? <p className="muted">{product.subtitle}</p> : null}
        <StarBadge stars={ocop.stars} level={ocop.level} potential={ocop.potential_five_star} lang={lang} />
        <p className="price" data-testid="price">
          {prices.length ? formatVnd(Math.min(...prices), lang) : "–"}
        </p>
        <p className="availability" data-testid="availability">
          <strong>{t.online}: </strong>
          {stock == null ? t.inStock : stock > 0 ? fill(t.stockLeft, { n: stock }) : t.outOfStock}
        </p>
        <AddToCart lang={lang} variants={variants} t={t} />
        <section aria-labelledby="held-heading" data-testid="showroom-availability">
          <h2 id="held-heading">{ts.heldAt}</h2>
          {held.length ? (
            <ul>
              {held.map((s) => (
                <li key={s.id}>
                  <a href={`/${lang}/showrooms`}>{s.name}</a>, {s.address}, {s.commune} · {fill(ts.units, { n: s.available })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{ts.notHeld}</p>
          )}
        </section>
        <ProvenancePanel ocop={ocop} lang={lang} />
        <QrCode url={verifyUrl} label={t.qr} />
        {product.description ? (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t.description}</h2>
            {/* stored text, shown as text: markup a producer typed is never run */}
            <p className="description">{product.description}</p>
          </section>
        ) : null}
      </section>
    </article>
  )
}
