import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import ProductProducerLink from "../../links/product-producer"
import { unboundLogin } from "../../lib/unbound-login"

export type ProducerContext = { id: string; status: string; member_id: string; role: string }
export type ProducerRequest<B = unknown> = AuthenticatedMedusaRequest<B> & { producer: ProducerContext }

/** Resolves the logged-in member to its producer; every /producer route is scoped by it. */
export async function loadProducerContext(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [member] = await ocop.listProducerMembers({ id: req.auth_context.actor_id }, { relations: ["producer"] })
  const producer = member?.producer as any
  if (!producer) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  ;(req as ProducerRequest).producer = { id: producer.id, status: producer.status, member_id: member!.id, role: member!.role }
  next()
}

/** Listings, certificates, orders and payouts need an approved producer. */
export function requireApprovedProducer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
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

/** The ids of the products a producer owns (through the product-producer link). */
export async function ownProductIds(req: ProducerRequest, productIds?: string[]): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { ocop_producer_id: req.producer.id, ...(productIds ? { product_id: productIds } : {}) },
  })
  return data.map((r: any) => r.product_id)
}

/** 404 (not 403) for another producer's product: its existence is not revealed. */
export async function assertOwnProduct(req: ProducerRequest, productId: string) {
  const [own] = await ownProductIds(req, [productId])
  if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${productId} (product not found)`)
}

/** For sign-up and invitation: the registered login not bound to a producer yet, with its email. */
export async function unboundProducerLogin(req: AuthenticatedMedusaRequest): Promise<{ authIdentityId: string; email: string }> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này đã gắn với một chủ thể (this login already belongs to a producer)")
  }
  return unboundLogin(req)
}
