import type { MedusaResponse } from "@medusajs/framework/http"
import { recordStockMovementsWorkflow } from "../../../workflows/consignment/record-stock-movements"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** Goods going back to their producer (unsold, near best-before, damaged); never more than is on hand. */
export async function POST(
  req: StaffRequest<{ lines: { variant_id: string; quantity: number; reason: string }[] }>,
  res: MedusaResponse
) {
  const { result } = await recordStockMovementsWorkflow(req.scope).run({
    input: {
      showroom_id: req.staff.showroom_id,
      actor: req.staff.email,
      changes: req.validatedBody.lines.map((l) => ({
        variant_id: l.variant_id,
        quantity: -l.quantity,
        kind: "return" as const,
        reason: l.reason,
      })),
    },
  })
  res.status(201).json({ movements: result })
}
