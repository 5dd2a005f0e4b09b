import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DeliverMessagesInput, deliverMessagesStep } from "./steps/deliver-messages"

/** Sends messages built by a subscriber or job, each once (see the step). */
export const deliverMessagesWorkflow = createWorkflow("ocop-deliver-messages", (input: DeliverMessagesInput) => {
  return new WorkflowResponse(deliverMessagesStep(input))
})
