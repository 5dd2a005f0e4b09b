import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** The showroom's stock ledger, newest first: every movement with who, when and why. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const movements = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listStockMovements(
    { showroom_id: req.staff.showroom_id } as any,
    { order: { created_at: "DESC" }, take: 500 }
  )
  res.json({ movements, count: movements.length })
}
