import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { activateShowroomStaffStep } from "./steps/activate-showroom-staff"
import { createShowroomStaffStep } from "./steps/create-showroom-staff"
import { reissueStaffActivationStep } from "./steps/reissue-staff-activation"
import { removeShowroomStaffStep } from "./steps/remove-showroom-staff"

/** The operator adds a person to one showroom; they activate a login of their own with the token (7 days). */
export const createShowroomStaffWorkflow = createWorkflow(
  "ocop-create-showroom-staff",
  (input: { showroom_id: string; email: string; name?: string | null; role: "manager" | "clerk" }) =>
    new WorkflowResponse(createShowroomStaffStep(input))
)

/** A staff member, logged in with a fresh "staff" identity, binds it to their showroom (single use). */
export const activateShowroomStaffWorkflow = createWorkflow(
  "ocop-activate-showroom-staff",
  (input: { token: string; email: string; authIdentityId: string }) => {
    const staff = activateShowroomStaffStep(input)
    setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: "staff", value: staff.id })
    return new WorkflowResponse(staff)
  }
)

/**
 * The operator removes a person from a showroom: their login stops working
 * for it at the next request (the staff record is what binds login to
 * showroom), while the ledger keeps their name on what they recorded.
 */
export const removeShowroomStaffWorkflow = createWorkflow(
  "ocop-remove-showroom-staff",
  (input: { showroom_id: string; staff_id: string }) => new WorkflowResponse(removeShowroomStaffStep(input))
)

/** A new activation token for someone who has not activated yet (the old one stops working). */
export const reissueStaffActivationWorkflow = createWorkflow(
  "ocop-reissue-staff-activation",
  (input: { showroom_id: string; staff_id: string }) => new WorkflowResponse(reissueStaffActivationStep(input))
)
