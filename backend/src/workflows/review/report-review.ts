import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reportReviewStep, type ReportReviewInput } from "./steps/report-review"

/** Anyone reports a review to the operator. */
export const reportReviewWorkflow = createWorkflow("ocop-report-review", (input: ReportReviewInput) => {
  return new WorkflowResponse(reportReviewStep(input))
})
