import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProductProducerLink from "../../links/product-producer"
import { unboundLogin } from "../utils/unbound-login"
import type { ProducerRequest } from "../utils/middlewares/producer-context"

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
  if (!own)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${productId} (product not found)`)
}

/** For sign-up and invitation: the registered login not bound to a producer yet, with its email. */
export async function unboundProducerLogin(
  req: AuthenticatedMedusaRequest
): Promise<{ authIdentityId: string; email: string }> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Tài khoản này đã gắn với một chủ thể (this login already belongs to a producer)"
    )
  }
  return unboundLogin(req)
}
