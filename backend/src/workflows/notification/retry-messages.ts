import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RetryDueMessagesInput, retryDueMessagesStep } from "./steps/retry-due-messages"

/** One round of retries of failed messages whose backoff has passed at `at`. */
export const retryMessagesWorkflow = createWorkflow("ocop-retry-messages", (input: RetryDueMessagesInput) => {
  return new WorkflowResponse(retryDueMessagesStep(input))
})
