import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEWS_MODULE } from "../../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../../modules/reviews/service"
import type { ReviewSort } from "../../../../../../modules/reviews/lib/rules"
import { publicReview } from "../../../reviews/present"
import type { StoreProductReviewsResponse } from "../../../reviews/types"

/** A product's rating (average, count, per star) and its visible reviews, newest or most helpful first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreProductReviewsResponse>) {
  const { sort, limit, offset } = req.validatedQuery as { sort: ReviewSort; limit: number; offset: number }
  const reviews: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
  const [summaries, [rows, count]] = await Promise.all([
    reviews.ratingSummaries([req.params.id]),
    reviews.listVisibleReviews(req.params.id, sort, { limit, offset }),
  ])
  res.json({ summary: summaries.get(req.params.id)!, reviews: rows.map(publicReview), count, limit, offset, sort })
}
