import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createShowroomStaffWorkflow } from "../../../../../../workflows/consignment/staff"

/** Adds a person to a showroom; the answer carries the one-time activation token to hand over. */
export async function POST(req: AuthenticatedMedusaRequest<{ email: string; name?: string | null; role: "manager" | "clerk" }>, res: MedusaResponse) {
  const { result } = await createShowroomStaffWorkflow(req.scope).run({ input: { ...req.validatedBody, showroom_id: req.params.id } })
  res.status(201).json({
    staff: { id: result.id, email: result.email, role: result.role },
    activation: { token: result.activation_token, expires_at: result.activation_expires_at },
  })
}
