import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { staffOfShowroom } from "../utils/showroom-staff"

export const removeShowroomStaffStep = createStep(
  "ocop-remove-showroom-staff",
  async (input: { showroom_id: string; staff_id: string }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const staff = await staffOfShowroom(consignment, input.showroom_id, input.staff_id)
    await consignment.softDeleteShowroomStaffs([staff.id])
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).restoreShowroomStaffs([id])
  }
)
