import crypto from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"

const ACTIVATION_DAYS = 7

const createStaffStep = createStep(
  "ocop-create-showroom-staff",
  async (input: { showroom_id: string; email: string; name?: string | null; role: "manager" | "clerk" }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    await consignment.retrieveShowroom(input.showroom_id)
    const [existing] = await consignment.listShowroomStaffs({ email: input.email })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.email} đã là nhân viên một điểm bán (already showroom staff)`)
    const staff = await consignment.createShowroomStaffs({
      ...input,
      activation_token: crypto.randomBytes(24).toString("base64url"),
      activation_expires_at: new Date(Date.now() + ACTIVATION_DAYS * 86_400_000),
    } as any)
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteShowroomStaffs([id])
  }
)

/** The operator adds a person to one showroom; they activate a login of their own with the token (7 days). */
export const createShowroomStaffWorkflow = createWorkflow(
  "ocop-create-showroom-staff",
  (input: { showroom_id: string; email: string; name?: string | null; role: "manager" | "clerk" }) => new WorkflowResponse(createStaffStep(input))
)

const activateStep = createStep(
  "ocop-activate-showroom-staff",
  async (input: { token: string; email: string }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const [staff] = await consignment.listShowroomStaffs({ activation_token: input.token })
    if (!staff || !staff.activation_expires_at || new Date(staff.activation_expires_at) <= new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Mã kích hoạt không hợp lệ hoặc đã hết hạn (invalid or expired activation token)")
    }
    if (staff.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Mã kích hoạt này dành cho email khác (this token is for another email)")
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

/** A staff member, logged in with a fresh "staff" identity, binds it to their showroom (single use). */
export const activateShowroomStaffWorkflow = createWorkflow(
  "ocop-activate-showroom-staff",
  (input: { token: string; email: string; authIdentityId: string }) => {
    const staff = activateStep(input)
    setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: "staff", value: staff.id })
    return new WorkflowResponse(staff)
  }
)

const staffOfShowroom = async (consignment: ConsignmentModuleService, showroomId: string, staffId: string) => {
  const [staff] = await consignment.listShowroomStaffs({ id: staffId, showroom_id: showroomId } as any)
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có nhân viên này ở điểm bán này (no such staff member at this showroom)")
  return staff
}

const removeStaffStep = createStep(
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

/**
 * The operator removes a person from a showroom: their login stops working
 * for it at the next request (the staff record is what binds login to
 * showroom), while the ledger keeps their name on what they recorded.
 */
export const removeShowroomStaffWorkflow = createWorkflow(
  "ocop-remove-showroom-staff",
  (input: { showroom_id: string; staff_id: string }) => new WorkflowResponse(removeStaffStep(input))
)

const reissueTokenStep = createStep(
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
    return new StepResponse(updated, { id: staff.id, token: staff.activation_token, expires: staff.activation_expires_at })
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

/** A new activation token for someone who has not activated yet (the old one stops working). */
export const reissueStaffActivationWorkflow = createWorkflow(
  "ocop-reissue-staff-activation",
  (input: { showroom_id: string; staff_id: string }) => new WorkflowResponse(reissueTokenStep(input))
)
