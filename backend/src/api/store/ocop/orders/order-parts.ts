import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../../links/product-producer"
import { toNumber } from "../../../../modules/ocop/lib/numbers"

export const ORDER_PART_FIELDS = [
  "items.id",
  "items.product_id",
  "items.title",
  "items.detail.quantity",
  "items.detail.shipped_quantity",
  "fulfillments.items.line_item_id",
  "fulfillments.labels.tracking_number",
]

/**
 * An order split by producer: each part's lines and its progress (waiting,
 * partly shipped, shipped) with tracking numbers. `order` carries ORDER_PART_FIELDS.
 */
export async function orderParts(container: MedusaContainer, order: any) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set<string>(order.items.map((i: any) => i.product_id))]
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id", "ocop_producer.id", "ocop_producer.name", "ocop_producer.handle"],
    filters: { product_id: productIds },
  })
  const producerOf = new Map(links.map((l: any) => [l.product_id, l.ocop_producer]))
  const parts = new Map<string, any>()
  for (const item of order.items) {
    const producer = producerOf.get(item.product_id) ?? { id: "unknown", name: "—", handle: null }
    const part = parts.get(producer.id) ?? { producer, items: [], tracking_numbers: new Set<string>() }
    const quantity = toNumber(item.detail?.quantity)
    const shipped = toNumber(item.detail?.shipped_quantity)
    part.items.push({ id: item.id, title: item.title, quantity, shipped_quantity: shipped })
    for (const f of order.fulfillments ?? []) {
      if ((f.items ?? []).some((fi: any) => fi.line_item_id === item.id)) {
        for (const l of f.labels ?? []) part.tracking_numbers.add(l.tracking_number)
      }
    }
    parts.set(producer.id, part)
  }
  return [...parts.values()].map((p) => {
    const total = p.items.reduce((s: number, i: any) => s + i.quantity, 0)
    const shipped = p.items.reduce((s: number, i: any) => s + i.shipped_quantity, 0)
    return {
      producer: p.producer,
      items: p.items,
      status: shipped === 0 ? "waiting" : shipped < total ? "partially_shipped" : "shipped",
      tracking_numbers: [...p.tracking_numbers],
    }
  })
}
