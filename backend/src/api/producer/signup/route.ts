import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createProducerAccountWorkflow } from "../../../workflows/producer/create-producer-account"

/**
 * Producer sign-up, after POST /auth/producer/emailpass/register gave a token:
 * creates the producer (pending approval) with this person as its owner.
 */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này đã gắn với một chủ thể (this login already belongs to a producer)")
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.[0]?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Không tìm thấy email đăng nhập (no login email)")
  const { member_name, ...producer } = req.validatedBody
  const { result } = await createProducerAccountWorkflow(req.scope).run({
    input: { authIdentityId: identity.id, email, member_name, producer },
  })
  res.status(201).json({ producer: result.producer, member: result.member })
}
