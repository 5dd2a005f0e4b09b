import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toNumber } from "../../../modules/ocop/lib/numbers"
import { shopperLang } from "../utils/links"
import { orderForMail } from "../utils/order-context"
import { type Outgoing, outgoing } from "../utils/outgoing"

/** shipment.created: the shopper learns which producer's part shipped, with its tracking number and link. */
export async function shipmentMessages(container: MedusaContainer, fulfillmentId: string): Promise<Outgoing[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "labels.tracking_number", "labels.tracking_url", "items.line_item_id", "items.quantity", "order.id"],
    filters: { id: fulfillmentId },
  })
  const f: any = data[0]
  if (!f?.order?.id) return []
  const order = await orderForMail(container, f.order.id)
  if (!order?.email) return []
  // a pickup's hand-over is a fulfilment too; its messages are "ready" and "collected"
  if (order.showroom) return []
  const shipped = new Map<string, number>((f.items ?? []).map((i: any) => [i.line_item_id, toNumber(i.quantity)]))
  const lines = order.lines.filter((l) => shipped.has(l.id))
  const label = (f.labels ?? [])[0]
  return [
    outgoing({
      trigger: "shipment.created",
      keyOf: f.id,
      to: order.email,
      template: "order-shipped",
      resource: { id: order.id, type: "order" },
      data: {
        locale: shopperLang(order.locale),
        display_id: order.display_id,
        producer: [...new Set(lines.map((l) => l.producer).filter(Boolean))].join(", ") || "—",
        lines: lines.map((l) => ({ title: l.title, quantity: shipped.get(l.id)! })),
        tracking_number: label?.tracking_number ?? "",
        tracking_url: label?.tracking_url || null,
      },
    }),
  ]
}
