import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewErrors } from "../utils/errors"

export type SetReviewHiddenInput = {
  review_id: string
  hidden: boolean
  reason: string | null
  actor: string
  at: string
}

/** The operator hides a review (with the reason, who and when) or shows it again. Undone by restoring those fields. */
export const setReviewHiddenStep = createStep(
  "ocop-set-review-hidden",
  async (input: SetReviewHiddenInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [review] = await reviews.listReviews({ id: input.review_id })
    if (!review) throw reviewErrors.notFound()
    await reviews.updateReviews({
      id: review.id,
      hidden_at: input.hidden ? new Date(input.at) : null,
      hidden_reason: input.hidden ? input.reason : null,
      hidden_by: input.hidden ? input.actor : null,
    })
    return new StepResponse(
      { id: review.id, product_id: review.product_id },
      { id: review.id, hidden_at: review.hidden_at, hidden_reason: review.hidden_reason, hidden_by: review.hidden_by }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).updateReviews(before)
  }
)
