import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerWorkflow } from "../../../../../workflows/producer/update-producer"

/** The operator approves, rejects or suspends a producer, sets its commission, or corrects its name and contacts. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ producer: result })
}
