import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { syncSearchDocumentsWorkflow } from "../search/sync-search-documents"
import { checkReviewableLineStep, type CheckReviewableLineInput } from "./steps/check-reviewable-line"
import { createReviewStep } from "./steps/create-review"

export type CreateReviewWorkflowInput = CheckReviewableLineInput & {
  rating: number
  body: string
  /** photos already checked and re-encoded (metadata stripped), base64 JPEG */
  photos: { filename: string; content: string }[]
}

/**
 * A buyer reviews a received line: the line is checked, the photos are stored
 * through Medusa's File Module (removed again if a later step fails), the
 * review is written, and the product's search card gets its new rating.
 */
export const createReviewWorkflow = createWorkflow("ocop-create-review", (input: CreateReviewWorkflowInput) => {
  const line = checkReviewableLineStep(input)
  const files = when({ input }, ({ input }) => input.photos.length > 0).then(() =>
    uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: input.photos.map((p) => ({
          filename: p.filename,
          mimeType: "image/jpeg",
          content: p.content,
          access: "public" as const,
        })),
      }))
    )
  )
  const review = createReviewStep(
    transform({ input, line, files }, ({ input, line, files }) => ({
      ...line,
      order_id: input.order_id,
      line_item_id: input.line_item_id,
      customer_id: input.customer_id,
      rating: input.rating,
      body: input.body,
      photos: (files ?? []).map((f) => ({ id: f.id, url: f.url })),
    }))
  )
  syncSearchDocumentsWorkflow.runAsStep({
    input: transform({ line }, ({ line }) => ({ product_ids: [line.product_id] })),
  })
  return new WorkflowResponse(review)
})
