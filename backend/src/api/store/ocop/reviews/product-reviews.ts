import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEWS_MODULE } from "../../../../modules/reviews"
import type ReviewsModuleService from "../../../../modules/reviews/service"
import type { ReviewSort } from "../../../../modules/reviews/lib/rules"
import { publicReview } from "./present"
import type { StoreProductReviewsResponse } from "./types"

/** A product's rating (average, count, per star) and a page of its visible reviews, newest or most helpful first. */
export async function productReviews(
  container: MedusaContainer,
  productId: string,
  page: { sort: ReviewSort; limit: number; offset: number }
): Promise<StoreProductReviewsResponse> {
  const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
  const [summaries, [rows, count]] = await Promise.all([
    reviews.ratingSummaries([productId]),
    reviews.listVisibleReviews(productId, page.sort, { limit: page.limit, offset: page.offset }),
  ])
  return { summary: summaries.get(productId)!, reviews: rows.map(publicReview), count, ...page }
}
