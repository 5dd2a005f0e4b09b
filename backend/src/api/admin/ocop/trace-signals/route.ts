import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { formatTraceCode } from "../../../../modules/traceability/lib/codes"
import { lotPath } from "../../../../workflows/traceability/utils/trace-view"

/**
 * Counterfeit signals for the operator: unit stamps scanned from unusually
 * many places or times, codes scanned that no one printed, lots with more
 * units sold than made, and lots of products whose certificate is now
 * revoked or expired (their stamps are still in shops).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [widely, unknown, lots] = await Promise.all([
    trace.widelyScannedUnitCodes(),
    trace.unknownScannedCodes(),
    trace.listTraceLots({}, { order: { created_at: "DESC" }, take: 1000 }),
  ])
  const productIds = [...new Set(lots.map((l) => l.product_id))]
  const [answers, products] = await Promise.all([
    req.scope.resolve<OcopModuleService>(OCOP_MODULE).sellability(productIds),
    productIds.length
      ? req.scope.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { select: ["id", "title"] })
      : Promise.resolve([]),
  ])
  const titles = new Map(products.map((p) => [p.id, p.title]))
  const lotRef = (l: any) => ({
    lot_id: l.id,
    lot_code: l.lot_code,
    producer_id: l.producer_id,
    product_id: l.product_id,
    product_title: titles.get(l.product_id) ?? "",
  })
  const byId = new Map(lots.map((l) => [l.id, l]))
  const oversold: any[] = []
  for (const l of lots) {
    const path = await lotPath(req.scope, l)
    if (path.sold_total > l.quantity) oversold.push({ ...lotRef(l), made: l.quantity, sold: path.sold_total })
  }
  const certificate = lots
    .map((l) => ({ l, reason: answers.get(l.product_id)?.reason }))
    .filter(({ reason }) => reason === "revoked" || reason === "expired")
    .map(({ l, reason }) => ({ ...lotRef(l), reason }))
  res.json({
    scanned_widely: widely.map((w) => ({
      ...(byId.get(w.lot_id) ? lotRef(byId.get(w.lot_id)) : { lot_id: w.lot_id }),
      code: formatTraceCode(w.code),
      scans: w.scans,
      places: w.places,
      last_scanned_at: w.last_scanned_at,
    })),
    unknown_codes: unknown,
    oversold,
    certificate,
  })
}
