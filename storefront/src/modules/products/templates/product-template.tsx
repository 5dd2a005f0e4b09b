import type { ProductOnPage } from "@/lib/data/catalogue"
import type { ProductAvailability } from "@/lib/types"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import { langAttr, productText } from "@/lib/localized"
import { QrCode } from "@/modules/common/components/qr-code"
import { ShareLinks } from "@/modules/common/components/share-links"
import { StarBadge } from "@/modules/common/components/star-badge"
import { AddToCart } from "@/modules/products/components/add-to-cart"
import { ProvenancePanel } from "@/modules/products/components/provenance-panel"
import { ShowroomAvailability } from "@/modules/products/components/showroom-availability"

type Props = {
  product: ProductOnPage
  availability: ProductAvailability | null
  verifyUrl: string
  /** the page's canonical address, for the share links */
  shareUrl: string
  lang: Lang
}

/** A product on sale: gallery, price, badge, provenance, QR to its certificate, stock. */
export function ProductTemplate({ product, availability, verifyUrl, shareUrl, lang }: Props) {
  const t = dictionary(lang).product
  const ocop = product.ocop
  const text = productText(lang, product)
  const images = (product.images?.length ? product.images.map((i) => i.url) : [product.thumbnail])
    .map(imageSrc)
    .filter(Boolean) as string[]
  const held = availability?.showrooms ?? []
  // units for delivery; goods at showrooms are ordered for pickup there (chosen at checkout)
  const variants = product.variants.map((v) => {
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
  return (
    <article className="product">
      <section className="gallery" aria-label={t.gallery}>
        {images.map((src, i) => (
          <img
            key={src + i}
            src={src}
            alt={i === 0 ? text.title.text : ""}
            width={640}
            height={480}
            className="gallery-image"
            {...(i === 0 ? { fetchPriority: "high" as const } : { loading: "lazy" as const })}
          />
        ))}
      </section>
      <section className="product-info">
        <h1 {...langAttr(text.title, lang)}>{text.title.text}</h1>
        {text.subtitle ? (
          <p className="muted" {...langAttr(text.subtitle, lang)}>
            {text.subtitle.text}
          </p>
        ) : null}
        <StarBadge stars={ocop.stars} level={ocop.level} potential={ocop.potential_five_star} lang={lang} />
        <p className="price" data-testid="price">
          {prices.length ? formatVnd(Math.min(...prices), lang) : "–"}
        </p>
        <p className="availability" data-testid="availability">
          <strong>{t.online}: </strong>
          {stock == null ? t.inStock : stock > 0 ? fill(t.stockLeft, { n: stock }) : t.outOfStock}
        </p>
        <AddToCart lang={lang} variants={variants} t={t} />
        <ShowroomAvailability held={held} lang={lang} />
        <ProvenancePanel ocop={ocop} lang={lang} />
        <QrCode url={verifyUrl} label={t.qr} />
        <ShareLinks url={shareUrl} title={text.title.text} t={dictionary(lang).share} />
        {text.description ? (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t.description}</h2>
            {/* stored text, shown as text: markup a producer typed is never run */}
            <p className="description" {...langAttr(text.description, lang)}>
              {text.description.text}
            </p>
          </section>
        ) : null}
      </section>
    </article>
  )
}
