import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unboundLogin } from "../../utils/unbound-login"
import { activateShowroomStaffWorkflow } from "../../../workflows/consignment/staff"

/** After POST /auth/staff/emailpass/register, the staff member binds the login to their showroom with the token. */
export async function POST(req: AuthenticatedMedusaRequest<{ token: string }>, res: MedusaResponse) {
  const { authIdentityId, email } = await unboundLogin(req)
  const { result } = await activateShowroomStaffWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, email, authIdentityId },
  })
  res.status(201).json({ staff: { id: result.id, email: result.email, role: result.role } })
}
