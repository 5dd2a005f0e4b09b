import type { Lang } from "@/lib/i18n"
import type { StoreProductReviewsResponse } from "@/lib/types"
import { ProductReviews } from "./product-reviews"
import { RatingJsonLd } from "./rating-json-ld"

/**
 * The product page's reviews (the newest few, with the summary, from the page's
 * one backend answer) and its rating for search engines.
 */
export function ProductReviewsSection({
  data,
  url,
  handle,
  title,
  lang,
}: {
  data: StoreProductReviewsResponse
  /** the product page's canonical address */
  url: string
  handle: string
  title: string
  lang: Lang
}) {
  const path = `/${lang}/products/${handle}/reviews`
  return (
    <>
      <RatingJsonLd url={url} name={title} summary={data.summary} />
      <ProductReviews data={data} lang={lang} path={path} more={data.count > data.reviews.length ? path : null} />
    </>
  )
}
