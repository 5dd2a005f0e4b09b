import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { StaffRequest } from "../context"

/** The logged-in staff member and their showroom. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const showroom = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).retrieveShowroom(req.staff.showroom_id)
  res.json({ staff: req.staff, showroom })
}
