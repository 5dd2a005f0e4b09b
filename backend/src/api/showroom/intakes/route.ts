import type { MedusaResponse } from "@medusajs/framework/http"
import { recordStockMovementsWorkflow } from "../../../workflows/consignment/record-stock-movements"
import type { StaffRequest } from "../../utils/middlewares/staff-context"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

type Body = {
  lines: {
    variant_id: string
    quantity: number
    unit_price?: number | null
    lot?: string | null
    best_before?: Date | null
  }[]
}

/** A delivery from a producer: certified products only, under an active agreement; stock at the showroom rises. */
export async function POST(req: StaffRequest<Body>, res: MedusaResponse) {
  // numbered by the server: a number typed or replayed by a client could merge two deliveries on one receipt
  const receipt = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).nextReceiptNumber("PN")
  const { result } = await recordStockMovementsWorkflow(req.scope).run({
    input: {
      showroom_id: req.staff.showroom_id,
      actor: req.staff.email,
      receipt,
      changes: req.validatedBody.lines.map((l) => ({ ...l, kind: "intake" as const })),
    },
  })
  res.status(201).json({ receipt, movements: result })
}
