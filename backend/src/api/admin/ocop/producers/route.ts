import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createProducerWorkflow } from "../../../../workflows/producer/create-producer"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const { limit, offset, ...filters } = req.validatedQuery as any
  const [producers, count] = await ocop.listAndCountOcopProducers(filters, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
  })
  res.json({ producers, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { result } = await createProducerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ producer: result })
}
