import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductByHandle, getProductPage } from "@/lib/data/catalogue"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { imageSrc } from "@/lib/images"
import { productText } from "@/lib/localized"
import { languageAlternates, ogLocale, siteUrl } from "@/lib/seo"
import { breadcrumbLd, productLd } from "@/lib/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { ProductTemplate } from "@/modules/products/templates/product-template"
import { ProductReviewsSection } from "@/modules/reviews/components/product-reviews-section"

type Props = { params: Promise<{ lang: Lang; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) return {}
  const t = dictionary(lang)
  const badge = fill(t.badge.stars, { n: product.ocop.stars })
  const text = productText(lang, product)
  const title = text.title.text
  const description = `${badge} · ${product.ocop.province.label} · ${product.ocop.producer.name}. ${
    text.subtitle?.text ?? text.description?.text.slice(0, 120) ?? ""
  }`.trim()
  return {
    title,
    description,
    alternates: languageAlternates(lang, `/products/${handle}`),
    // og:image and twitter:image come from ./opengraph-image (1200 x 630, stars and province)
    openGraph: { type: "website", title: `${title} · ${badge}`, description, locale: ogLocale(lang) },
    twitter: { card: "summary_large_image", title: `${title} · ${badge}`, description },
  }
}

/** A product on sale; anything else is a real 404 (the lookups that decide it come before any streaming). */
export default async function ProductPage({ params }: Props) {
  const { lang, handle } = await params
  const page = await getProductPage(handle)
  if (!page) notFound()
  const { product, availability, reviews } = page
  const ocop = product.ocop
  // the answer is exact at this instant (the backend's cache never outlives a change), so no second check
  const origin = await siteUrl()
  const t = dictionary(lang)
  const text = productText(lang, product)
  const url = `${origin}/${lang}/products/${handle}`
  const variants = product.variants
  const prices = variants.map((v) => v.calculated_price?.calculated_amount).filter((p) => p != null) as number[]
  const online = variants.map((v) => availability.online[v.id] ?? null)
  return (
    <>
      <JsonLd
        data={productLd({
          url,
          name: text.title.text,
          description: text.description?.text ?? null,
          images: (product.images?.length ? product.images.map((i) => i.url) : [product.thumbnail])
            .map(imageSrc)
            .filter(Boolean)
            .map((src) => `${origin}${src}`),
          sku: variants[0]?.sku,
          price: prices.length ? Math.min(...prices) : null,
          inStock: !online.length || online.some((n) => n == null || n > 0),
          ocop,
          lang,
        })}
      />
      <JsonLd
        data={breadcrumbLd([
          { name: t.nav.home, url: `${origin}/${lang}` },
          { name: ocop.province.current.name, url: `${origin}/${lang}/provinces/${ocop.province.current.code}` },
          { name: text.title.text, url },
        ])}
      />
      <ProductTemplate
        product={product}
        availability={availability}
        verifyUrl={`${origin}/${lang}/verify/${encodeURIComponent(ocop.certificate_number)}`}
        shareUrl={url}
        lang={lang}
      />
      <ProductReviewsSection data={reviews} url={url} handle={handle} title={product.title} lang={lang} />
    </>
  )
}
