import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_PART_FIELDS, orderParts } from "../order-parts"
import { pickupProgress } from "../../../../../workflows/consignment/utils/pickup-orders"

/**
 * Order lookup for shoppers without an account: the order number and the
 * email it was placed with, both required; anything else is "not found",
 * whichever of the two was wrong. A POST, so the email never appears in a
 * URL (access logs, proxies, browser history).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { display_id, email } = req.validatedBody as { display_id: number; email: string }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "status",
      "created_at",
      "total",
      "shipping_total",
      "currency_code",
      "items.product_title",
      "items.variant_title",
      "items.unit_price",
      "items.quantity",
      "shipping_address.province",
      ...ORDER_PART_FIELDS,
    ],
    filters: { display_id } as any,
  })
  const order = data[0] as any
  if (!order || String(order.email).toLowerCase() !== email) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy đơn hàng với mã và email này (no order with this number and email)"
    )
  }
  res.json({
    order: {
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      created_at: order.created_at,
      total: Number(order.total),
      shipping_total: Number(order.shipping_total),
      province: order.shipping_address?.province ?? null,
      items: order.items.map((i: any) => ({
        title: i.product_title ?? i.title,
        variant_title: i.variant_title,
        quantity: Number(i.detail?.quantity ?? i.quantity),
        unit_price: Number(i.unit_price),
      })),
      parts: await orderParts(req.scope, order),
      // an order collected at a showroom: where, and whether it is ready
      pickup: await pickupProgress(req.scope, order.id),
    },
  })
}
