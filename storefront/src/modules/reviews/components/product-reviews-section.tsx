import { getProductReviews } from "@/lib/data/reviews"
import type { Lang } from "@/lib/i18n"
import { requestOrigin } from "@/lib/util/origin"
import { ProductReviews } from "./product-reviews"
import { RatingJsonLd } from "./rating-json-ld"

const SHOWN = 5

/** The product page's reviews (newest few, with the summary) and its rating for search engines. */
export async function ProductReviewsSection({
  productId,
  handle,
  title,
  lang,
}: {
  productId: string
  handle: string
  title: string
  lang: Lang
}) {
  const [data, origin] = await Promise.all([getProductReviews(productId, "newest", SHOWN), requestOrigin()])
  if (!data) return null
  const path = `/${lang}/products/${handle}/reviews`
  return (
    <>
      <RatingJsonLd url={`${origin}/${lang}/products/${handle}`} name={title} summary={data.summary} />
      <ProductReviews data={data} lang={lang} path={path} more={data.count > SHOWN ? path : null} />
    </>
  )
}
