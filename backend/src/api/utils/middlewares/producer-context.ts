import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type ProducerContext = { id: string; status: string; member_id: string; role: string }
export type ProducerRequest<B = unknown> = AuthenticatedMedusaRequest<B> & { producer: ProducerContext }

/** Resolves the logged-in member to its producer; every /producer route is scoped by it. */
export async function loadProducerContext(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [member] = await ocop.listProducerMembers({ id: req.auth_context.actor_id }, { relations: ["producer"] })
  const producer = member?.producer as any
  if (!producer) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  ;(req as ProducerRequest).producer = {
    id: producer.id,
    status: producer.status,
    member_id: member!.id,
    role: member!.role,
  }
  next()
}

/** Listings, certificates, orders and payouts need an approved producer. */
export function requireApprovedProducer(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { status } = (req as ProducerRequest).producer
  if (status !== "approved") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      status === "pending"
        ? "Chủ thể đang chờ ban quản lý duyệt (your producer account is waiting for the operator's approval)"
        : "Tài khoản chủ thể không hoạt động (this producer account is not active)"
    )
  }
  next()
}
