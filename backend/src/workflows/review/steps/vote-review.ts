import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewErrors } from "../utils/errors"

export type VoteReviewInput = { review_id: string; customer_id: string }

/** A shopper finds a review helpful (once: a second vote changes nothing). Undone by taking this call's vote back. */
export const voteReviewStep = createStep(
  "ocop-vote-review",
  async (input: VoteReviewInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [review] = await reviews.listReviews({ id: input.review_id, hidden_at: null }, { select: ["id"] })
    if (!review) throw reviewErrors.notFound()
    const added = await reviews.addHelpfulVote(review.id, input.customer_id)
    return new StepResponse({ added }, added ? input : null)
  },
  async (vote, { container }) => {
    if (!vote) return
    await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).removeHelpfulVote(vote.review_id, vote.customer_id)
  }
)
