import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reissueStaffActivationWorkflow } from "../../../../../../../../workflows/consignment/staff"

/** A fresh activation token for a person who lost or let expire the first one. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await reissueStaffActivationWorkflow(req.scope).run({
    input: { showroom_id: req.params.id, staff_id: req.params.staff_id },
  })
  res.json({ activation: { token: result.activation_token, expires_at: result.activation_expires_at } })
}
