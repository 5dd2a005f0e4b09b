import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewErrors } from "../utils/errors"

export type CreateReviewInput = {
  product_id: string
  producer_id: string
  order_id: string
  line_item_id: string
  customer_id: string
  author_name: string
  rating: number
  body: string
  photos: { id: string; url: string }[]
  received_at: string
}

/** Writes the review; the unique line index refuses a second one made at the same instant. Undone by deleting it. */
export const createReviewStep = createStep(
  "ocop-create-review",
  async (input: CreateReviewInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    try {
      const review = await reviews.createReviews({
        ...input,
        // a JSON list: DML types json columns as objects
        photos: input.photos as unknown as Record<string, unknown>,
        received_at: new Date(input.received_at),
      })
      return new StepResponse(review, review.id)
    } catch (e: any) {
      if (/unique|already exists/i.test(String(e?.message))) throw reviewErrors.alreadyReviewed()
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).deleteReviews(id)
  }
)
