import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

export const activateShowroomStaffStep = createStep(
  "ocop-activate-showroom-staff",
  async (input: { token: string; email: string }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const [staff] = await consignment.listShowroomStaffs({ activation_token: input.token })
    if (!staff || !staff.activation_expires_at || new Date(staff.activation_expires_at) <= new Date()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Mã kích hoạt không hợp lệ hoặc đã hết hạn (invalid or expired activation token)"
      )
    }
    if (staff.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Mã kích hoạt này dành cho email khác (this token is for another email)"
      )
    }
    await consignment.updateShowroomStaffs({ id: staff.id, activation_token: null, activated_at: new Date() } as any)
    return new StepResponse(staff, { id: staff.id, token: input.token, expires: staff.activation_expires_at })
  },
  async (undo, { container }) => {
    if (undo) {
      await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).updateShowroomStaffs({
        id: undo.id,
        activation_token: undo.token,
        activated_at: null,
      } as any)
    }
  }
)
