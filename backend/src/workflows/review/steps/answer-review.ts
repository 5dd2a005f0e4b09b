import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewErrors } from "../utils/errors"

export type AnswerReviewInput = {
  review_id: string
  producer_id: string
  member_id: string
  answer: string
  at: string
}

/** The producer's one public answer to a review of its own product. Undone by taking the answer off. */
export const answerReviewStep = createStep(
  "ocop-answer-review",
  async (input: AnswerReviewInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [review] = await reviews.listReviews({ id: input.review_id })
    if (!review) throw reviewErrors.notFound()
    if (review.producer_id !== input.producer_id) throw reviewErrors.notYourProduct()
    if (!(await reviews.answerOnce(review.id, input.answer, input.member_id, new Date(input.at))))
      throw reviewErrors.answeredOnce()
    return new StepResponse({ id: review.id }, review.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<ReviewsModuleService>(REVIEWS_MODULE)
      .updateReviews({ id, answer: null, answered_at: null, answered_by: null })
  }
)
