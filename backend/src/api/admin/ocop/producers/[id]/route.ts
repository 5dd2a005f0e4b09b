import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerWorkflow } from "../../../../../workflows/update-producer"

/** The operator approves, rejects or suspends a producer, and sets its commission. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ producer: result })
}
