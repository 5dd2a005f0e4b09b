import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/invites"

/** After registering a producer login, the invited person accepts with the token. */
export async function POST(req: AuthenticatedMedusaRequest<{ token: string; name?: string | null }>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này đã gắn với một chủ thể (this login already belongs to a producer)")
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.[0]?.entity_id ?? ""
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, name: req.validatedBody.name, email, authIdentityId: identity.id },
  })
  res.status(201).json({ member: { id: result.id, email: result.email, role: result.role } })
}
