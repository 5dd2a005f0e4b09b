import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewErrors } from "../utils/errors"

export type EditReviewInput = { review_id: string; customer_id: string; rating?: number; body?: string; at: string }

/** The buyer's one edit of their own review. Undone by putting the old text and stars back, unedited. */
export const editReviewStep = createStep(
  "ocop-edit-review",
  async (input: EditReviewInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [review] = await reviews.listReviews({ id: input.review_id })
    if (!review) throw reviewErrors.notFound()
    if (review.customer_id !== input.customer_id) throw reviewErrors.notYours()
    const changes = {
      ...(input.rating != null ? { rating: input.rating } : {}),
      ...(input.body != null ? { body: input.body } : {}),
    }
    if (!(await reviews.editOnce(review.id, changes, new Date(input.at)))) throw reviewErrors.editedOnce()
    return new StepResponse(
      { id: review.id, product_id: review.product_id },
      { id: review.id, rating: review.rating, body: review.body }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container
      .resolve<ReviewsModuleService>(REVIEWS_MODULE)
      .updateReviews({ id: before.id, rating: before.rating, body: before.body, edited_at: null })
  }
)
