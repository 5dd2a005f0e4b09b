import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../modules/reviews/service"
import { editReviewWorkflow } from "../../../../../workflows/review/edit-review"
import { publicReview } from "../present"
import type { StoreEditReviewType } from "../validators"

/** The buyer's one edit of their own review (stars and/or text). */
export async function POST(req: AuthenticatedMedusaRequest<StoreEditReviewType>, res: MedusaResponse) {
  const { rating, body } = req.validatedBody
  if (rating == null && body == null) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hãy sửa số sao hoặc nội dung (give a new rating or text)")
  }
  await editReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      rating,
      body,
      at: new Date().toISOString(),
    },
  })
  const review = await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).retrieveReview(req.params.id)
  res.json({ review: publicReview(review) })
}
