import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeShowroomStaffWorkflow } from "../../../../../../../workflows/consignment/staff"

/** Removes a person from a showroom; their login no longer opens it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeShowroomStaffWorkflow(req.scope).run({
    input: { showroom_id: req.params.id, staff_id: req.params.staff_id },
  })
  res.json({ id: result.id, object: "showroom_staff", deleted: true })
}
