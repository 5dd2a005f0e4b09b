import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { voteReviewStep, type VoteReviewInput } from "./steps/vote-review"

/** A logged-in shopper marks a review helpful (the "most helpful" order counts these). */
export const voteReviewWorkflow = createWorkflow("ocop-vote-review", (input: VoteReviewInput) => {
  return new WorkflowResponse(voteReviewStep(input))
})
