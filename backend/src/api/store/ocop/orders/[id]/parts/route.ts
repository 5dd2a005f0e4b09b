import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_PART_FIELDS, orderParts } from "../../order-parts"

/**
 * A customer's order split by producer: each part's lines and its progress
 * (waiting, partly shipped, shipped) with tracking numbers.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", ...ORDER_PART_FIELDS],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  // another customer's order is "not found", not "forbidden"
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${req.params.id} (order not found)`)
  }
  res.json({ parts: await orderParts(req.scope, order) })
}
