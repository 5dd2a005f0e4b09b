import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewErrors } from "../utils/errors"

export type ReportReviewInput = { review_id: string; reason: string; customer_id: string | null }

/** Anyone's report of a review, counted on it. Undone by deleting the report and counting it off. */
export const reportReviewStep = createStep(
  "ocop-report-review",
  async (input: ReportReviewInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [review] = await reviews.listReviews({ id: input.review_id, hidden_at: null }, { select: ["id"] })
    if (!review) throw reviewErrors.notFound()
    const report = await reviews.createReviewReports({
      review_id: review.id,
      reason: input.reason,
      customer_id: input.customer_id,
    })
    await reviews.countReport(review.id, 1)
    return new StepResponse({ id: report.id }, { report_id: report.id, review_id: review.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    await reviews.deleteReviewReports(undo.report_id)
    await reviews.countReport(undo.review_id, -1)
  }
)
