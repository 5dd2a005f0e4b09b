import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/invites"
import { unboundProducerLogin } from "../../helpers"

/** After registering a producer login, the invited person accepts with the token. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ token: string; name?: string | null }>,
  res: MedusaResponse
) {
  const { authIdentityId, email } = await unboundProducerLogin(req)
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, name: req.validatedBody.name, email, authIdentityId },
  })
  res.status(201).json({ member: { id: result.id, email: result.email, role: result.role } })
}
