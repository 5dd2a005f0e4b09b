import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../links/product-producer"

/** An order line its buyer has in hand: delivered, or collected at a showroom. */
export type ReceivedLine = {
  order_id: string
  order_display_id: number
  line_item_id: string
  product_id: string
  title: string
  thumbnail: string | null
  /** the first delivered (not canceled) fulfilment holding the line */
  received_at: Date
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "items.id",
  "items.product_id",
  "items.product_title",
  "items.title",
  "items.thumbnail",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
]

/**
 * The received lines of a shopper's orders (of one order when `orderId` is
 * given). Medusa marks a line received by a delivered fulfilment: the
 * producer's shipment marked delivered, or the showroom's hand-over.
 */
export async function receivedLines(
  container: MedusaContainer,
  customerId: string,
  orderId?: string
): Promise<ReceivedLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { customer_id: customerId, ...(orderId ? { id: orderId } : {}) },
  })
  const lines: ReceivedLine[] = []
  for (const order of orders as any[]) {
    if (order.status === "canceled") continue
    const receivedAt = new Map<string, Date>()
    for (const f of order.fulfillments ?? []) {
      if (!f?.delivered_at || f.canceled_at) continue
      for (const fi of f.items ?? []) {
        const at = new Date(f.delivered_at)
        const seen = receivedAt.get(fi.line_item_id)
        if (!seen || at < seen) receivedAt.set(fi.line_item_id, at)
      }
    }
    for (const item of order.items ?? []) {
      const at = receivedAt.get(item.id)
      if (!at || !item.product_id) continue
      lines.push({
        order_id: order.id,
        order_display_id: order.display_id,
        line_item_id: item.id,
        product_id: item.product_id,
        title: item.product_title ?? item.title,
        thumbnail: item.thumbnail ?? null,
        received_at: at,
      })
    }
  }
  return lines
}

/** The producer that owns each product (through the product-producer link). */
export async function producersOf(container: MedusaContainer, productIds: string[]): Promise<Map<string, string>> {
  if (!productIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id", "ocop_producer_id"],
    filters: { product_id: productIds },
  })
  return new Map((data as any[]).map((r) => [r.product_id, r.ocop_producer_id]))
}
