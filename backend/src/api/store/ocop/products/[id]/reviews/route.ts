import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewSort } from "../../../../../../modules/reviews/lib/rules"
import { productReviews } from "../../../reviews/product-reviews"
import type { StoreProductReviewsResponse } from "../../../reviews/types"

/** A product's rating (average, count, per star) and its visible reviews, newest or most helpful first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreProductReviewsResponse>) {
  const { sort, limit, offset } = req.validatedQuery as { sort: ReviewSort; limit: number; offset: number }
  res.json(await productReviews(req.scope, String(req.params.id), { sort, limit, offset }))
}
