import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { answerReviewStep, type AnswerReviewInput } from "./steps/answer-review"

/** The producer answers a review of its own product, once, publicly. */
export const answerReviewWorkflow = createWorkflow("ocop-answer-review", (input: AnswerReviewInput) => {
  return new WorkflowResponse(answerReviewStep(input))
})
