import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** Why products entered or left sale (verified, rejected, revoked, expired), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  // the validator leaves only the filters that were given, beside paging
  const { limit, offset, ...filters } = req.validatedQuery as any
  const [events, count] = await ocop.listAndCountOcopSaleEvents(filters, {
    take: limit,
    skip: offset,
    order: { occurred_at: "DESC" },
  })
  res.json({ sale_events: events, count, limit, offset })
}
