import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setReviewHiddenWorkflow } from "../../../../../../workflows/review/set-review-hidden"
import { REVIEWS_MODULE } from "../../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../../modules/reviews/service"

/** The operator hides a review, with the reason recorded (or shows it again). */
export async function POST(
  req: AuthenticatedMedusaRequest<{ hidden: boolean; reason?: string | null }>,
  res: MedusaResponse
) {
  const { hidden, reason } = req.validatedBody
  if (hidden && !reason) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Hãy ghi lý do ẩn đánh giá (give the reason for hiding this review)"
    )
  }
  await setReviewHiddenWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      hidden,
      reason: reason ?? null,
      actor: req.auth_context.actor_id,
      at: new Date().toISOString(),
    },
  })
  res.json({ review: await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).retrieveReview(req.params.id) })
}
