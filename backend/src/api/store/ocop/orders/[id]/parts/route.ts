import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../../../../links/product-producer"

const num = (v: unknown) => (v == null ? 0 : MathBN.convert(v as any).toNumber())

/**
 * A customer's order split by producer: each part's lines and its progress
 * (waiting, partly shipped, shipped) with tracking numbers.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "customer_id", "items.id", "items.product_id", "items.title", "items.detail.quantity",
      "items.detail.shipped_quantity", "fulfillments.items.line_item_id", "fulfillments.labels.tracking_number",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  // another customer's order is "not found", not "forbidden"
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${req.params.id} (order not found)`)
  }
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
    const quantity = num(item.detail?.quantity)
    const shipped = num(item.detail?.shipped_quantity)
    part.items.push({ id: item.id, title: item.title, quantity, shipped_quantity: shipped })
    for (const f of order.fulfillments ?? []) {
      if ((f.items ?? []).some((fi: any) => fi.line_item_id === item.id)) {
        for (const l of f.labels ?? []) part.tracking_numbers.add(l.tracking_number)
      }
    }
    parts.set(producer.id, part)
  }
  res.json({
    parts: [...parts.values()].map((p) => {
      const total = p.items.reduce((s: number, i: any) => s + i.quantity, 0)
      const shipped = p.items.reduce((s: number, i: any) => s + i.shipped_quantity, 0)
      return {
        producer: p.producer,
        items: p.items,
        status: shipped === 0 ? "waiting" : shipped < total ? "partially_shipped" : "shipped",
        tracking_numbers: [...p.tracking_numbers],
      }
    }),
  })
}
