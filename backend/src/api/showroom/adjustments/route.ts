import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { recordStockMovementsWorkflow } from "../../../workflows/consignment/record-stock-movements"
import type { StaffRequest } from "../context"

/** A stock count: each counted figure becomes an adjustment by the difference, with the reason given. */
export async function POST(req: StaffRequest<{ lines: { variant_id: string; counted: number; reason: string }[] }>, res: MedusaResponse) {
  const onHand = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).stockOnHand(
    req.staff.showroom_id,
    req.validatedBody.lines.map((l) => l.variant_id)
  )
  const changes = req.validatedBody.lines
    .map((l) => ({ variant_id: l.variant_id, quantity: l.counted - (onHand.get(l.variant_id) ?? 0), kind: "adjustment" as const, reason: l.reason }))
    .filter((c) => c.quantity !== 0)
  if (!changes.length) return res.json({ movements: [] })
  const { result } = await recordStockMovementsWorkflow(req.scope).run({
    input: { showroom_id: req.staff.showroom_id, actor: req.staff.email, changes },
  })
  res.status(201).json({ movements: result })
}
