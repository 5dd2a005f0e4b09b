import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCertificateStatusWorkflow } from "../../../../../../workflows/certificate/set-certificate-status"

/** Verify, reject or revoke; the decision is recorded with the operator's id. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ status: "verified" | "rejected" | "revoked"; reason?: string | null }>,
  res: MedusaResponse
) {
  const { result } = await setCertificateStatusWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor: req.auth_context.actor_id },
  })
  res.json({ certificate: result })
}
