import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * For sign-up, invitations and activations: the registered login that is not
 * bound to an actor (producer member, showroom staff) yet, with its email.
 */
export async function unboundLogin(
  req: AuthenticatedMedusaRequest
): Promise<{ authIdentityId: string; email: string }> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Tài khoản đăng nhập này đã được sử dụng (this login is already in use)"
    )
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.[0]?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Không tìm thấy email đăng nhập (no login email)")
  return { authIdentityId: identity.id, email }
}
