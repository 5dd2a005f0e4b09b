import type { MedusaResponse } from "@medusajs/framework/http"
import { recordStockCountWorkflow } from "../../../workflows/consignment/record-stock-count"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** A stock count: each counted figure becomes an adjustment by the difference (computed under lock), with the reason given. */
export async function POST(
  req: StaffRequest<{ lines: { variant_id: string; counted: number; reason: string }[] }>,
  res: MedusaResponse
) {
  const { result } = await recordStockCountWorkflow(req.scope).run({
    input: { showroom_id: req.staff.showroom_id, actor: req.staff.email, lines: req.validatedBody.lines },
  })
  res.status(result.length ? 201 : 200).json({ movements: result })
}
