import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { ownProductIds } from "../helpers"
import { toNumber } from "../../../modules/ocop/lib/numbers"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "email",
  "payment_collections.status",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.phone",
  "items.id",
  "items.product_id",
  "items.title",
  "items.variant_sku",
  "items.variant_title",
  "items.unit_price",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.created_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

/**
 * Orders that contain the producer's products, cut down to the producer's own
 * lines and fulfilments: another producer's lines in the same order never show.
 */
export async function producerOrders(req: ProducerRequest, orderId?: string) {
  const own = new Set(await ownProductIds(req))
  if (!own.size) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { items: { product_id: [...own] }, ...(orderId ? { id: orderId } : {}) } as any,
    pagination: { order: { created_at: "DESC" } },
  })
  return (data as any[])
    .map((order) => {
      const items = (order.items ?? []).filter((i: any) => own.has(i.product_id))
      const itemIds = new Set(items.map((i: any) => i.id))
      const fulfillments = (order.fulfillments ?? []).filter((f: any) =>
        (f.items ?? []).some((fi: any) => itemIds.has(fi.line_item_id))
      )
      const subtotal = items.reduce(
        (sum: number, i: any) => sum + toNumber(i.unit_price) * toNumber(i.detail?.quantity),
        0
      )
      return {
        id: order.id,
        display_id: order.display_id,
        created_at: order.created_at,
        status: order.status,
        // the payment of the whole order (authorized for cash on delivery until collected)
        payment_status: order.payment_collections?.[0]?.status ?? "not_paid",
        email: order.email,
        shipping_address: order.shipping_address,
        items: items.map((i: any) => ({
          id: i.id,
          product_id: i.product_id,
          title: i.title,
          variant_sku: i.variant_sku,
          variant_title: i.variant_title,
          unit_price: toNumber(i.unit_price),
          quantity: toNumber(i.detail?.quantity),
          fulfilled_quantity: toNumber(i.detail?.fulfilled_quantity),
          shipped_quantity: toNumber(i.detail?.shipped_quantity),
        })),
        fulfillments: fulfillments.map((f: any) => ({
          id: f.id,
          created_at: f.created_at,
          shipped_at: f.shipped_at,
          tracking_numbers: (f.labels ?? []).map((l: any) => l.tracking_number),
        })),
        subtotal,
      }
    })
    .filter((o) => o.items.length)
}

export async function producerOrder(req: ProducerRequest, orderId: string) {
  const [order] = await producerOrders(req, orderId)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${orderId} (order not found)`)
  return order
}
