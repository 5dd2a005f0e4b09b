import crypto from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { ACTIVATION_DAYS, staffOfShowroom } from "../utils/showroom-staff"

export const reissueStaffActivationStep = createStep(
  "ocop-reissue-staff-activation",
  async (input: { showroom_id: string; staff_id: string }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const staff = await staffOfShowroom(consignment, input.showroom_id, input.staff_id)
    if (staff.activated_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Nhân viên này đã kích hoạt; nếu quên mật khẩu hãy dùng đặt lại mật khẩu (already activated: use a password reset)"
      )
    }
    const updated = await consignment.updateShowroomStaffs({
      id: staff.id,
      activation_token: crypto.randomBytes(24).toString("base64url"),
      activation_expires_at: new Date(Date.now() + ACTIVATION_DAYS * 86_400_000),
    } as any)
    return new StepResponse(updated, {
      id: staff.id,
      token: staff.activation_token,
      expires: staff.activation_expires_at,
    })
  },
  async (undo, { container }) => {
    if (undo) {
      await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).updateShowroomStaffs({
        id: undo.id,
        activation_token: undo.token,
        activation_expires_at: undo.expires,
      } as any)
    }
  }
)
