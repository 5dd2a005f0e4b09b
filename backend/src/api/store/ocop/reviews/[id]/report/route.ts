import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportReviewWorkflow } from "../../../../../../workflows/review/report-review"

/** Anyone reports a review to the operator (logged in or not). */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  await reportReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      reason: req.validatedBody.reason,
      customer_id: req.auth_context?.actor_id || null,
    },
  })
  res.status(201).json({ reported: true })
}
