import { MedusaError } from "@medusajs/framework/utils"
import type ConsignmentModuleService from "../../../modules/consignment/service"

/** How long an activation token is valid, for a new staff member and for a reissued token alike. */
export const ACTIVATION_DAYS = 7

/** The staff member only if they belong to this showroom, so an operator acting on one showroom never reaches another's staff. */
export const staffOfShowroom = async (consignment: ConsignmentModuleService, showroomId: string, staffId: string) => {
  const [staff] = await consignment.listShowroomStaffs({ id: staffId, showroom_id: showroomId } as any)
  if (!staff)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không có nhân viên này ở điểm bán này (no such staff member at this showroom)"
    )
  return staff
}
