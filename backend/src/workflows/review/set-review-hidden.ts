import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncSearchDocumentsWorkflow } from "../search/sync-search-documents"
import { setReviewHiddenStep, type SetReviewHiddenInput } from "./steps/set-review-hidden"

/** The operator hides a review with a reason (or shows it again); the product's rating leaves it out. */
export const setReviewHiddenWorkflow = createWorkflow("ocop-set-review-hidden", (input: SetReviewHiddenInput) => {
  const review = setReviewHiddenStep(input)
  syncSearchDocumentsWorkflow.runAsStep({
    input: transform({ review }, ({ review }) => ({ product_ids: [review.product_id] })),
  })
  return new WorkflowResponse(review)
})
