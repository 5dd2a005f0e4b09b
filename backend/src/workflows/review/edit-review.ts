import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncSearchDocumentsWorkflow } from "../search/sync-search-documents"
import { editReviewStep, type EditReviewInput } from "./steps/edit-review"

/** The buyer's one edit of their review; the search card follows a changed rating. */
export const editReviewWorkflow = createWorkflow("ocop-edit-review", (input: EditReviewInput) => {
  const edited = editReviewStep(input)
  syncSearchDocumentsWorkflow.runAsStep({
    input: transform({ edited }, ({ edited }) => ({ product_ids: [edited.product_id] })),
  })
  return new WorkflowResponse(edited)
})
