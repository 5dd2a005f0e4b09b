import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** Why products entered or left sale (verified, rejected, revoked, expired), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const { type, product_id, limit, offset } = req.validatedQuery as any
  const filters: Record<string, unknown> = {}
  if (type) filters.type = type
  if (product_id) filters.product_id = product_id
  const [events, count] = await ocop.listAndCountOcopSaleEvents(filters, {
    take: limit,
    skip: offset,
    order: { occurred_at: "DESC" },
  })
  res.json({ sale_events: events, count, limit, offset })
}
