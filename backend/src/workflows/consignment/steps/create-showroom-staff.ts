import crypto from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { ACTIVATION_DAYS } from "../utils/showroom-staff"

export const createShowroomStaffStep = createStep(
  "ocop-create-showroom-staff",
  async (
    input: { showroom_id: string; email: string; name?: string | null; role: "manager" | "clerk" },
    { container }
  ) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    await consignment.retrieveShowroom(input.showroom_id)
    const [existing] = await consignment.listShowroomStaffs({ email: input.email })
    if (existing)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${input.email} đã là nhân viên một điểm bán (already showroom staff)`
      )
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
