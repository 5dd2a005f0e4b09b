import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createShowroomStaffWorkflow } from "../../../../../../workflows/consignment/staff"
import { CONSIGNMENT_MODULE } from "../../../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../../../modules/consignment/service"

/** The showroom's staff and whether each has activated; never their activation tokens. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  await consignment.retrieveShowroom(req.params.id)
  const staff = await consignment.listShowroomStaffs({ showroom_id: req.params.id } as any, {
    select: ["id", "email", "name", "role", "activated_at", "activation_expires_at", "created_at"],
    order: { created_at: "ASC" },
  })
  res.json({ staff, count: staff.length })
}

/** Adds a person to a showroom; the answer carries the one-time activation token to hand over. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ email: string; name?: string | null; role: "manager" | "clerk" }>,
  res: MedusaResponse
) {
  const { result } = await createShowroomStaffWorkflow(req.scope).run({
    input: { ...req.validatedBody, showroom_id: req.params.id },
  })
  res.status(201).json({
    staff: { id: result.id, email: result.email, role: result.role },
    activation: { token: result.activation_token, expires_at: result.activation_expires_at },
  })
}
