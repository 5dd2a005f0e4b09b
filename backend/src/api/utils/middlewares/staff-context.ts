import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

export type StaffContext = { id: string; email: string; role: string; showroom_id: string }
export type StaffRequest<B = unknown> = AuthenticatedMedusaRequest<B> & { staff: StaffContext }

/** Resolves the logged-in staff member to their one showroom; every /showroom route is scoped by it. */
export async function loadStaffContext(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [staff] = await consignment.listShowroomStaffs({ id: req.auth_context.actor_id }, { relations: ["showroom"] })
  if (!staff?.showroom || !staff.activated_at) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  ;(req as StaffRequest).staff = { id: staff.id, email: staff.email, role: staff.role, showroom_id: staff.showroom.id }
  next()
}
