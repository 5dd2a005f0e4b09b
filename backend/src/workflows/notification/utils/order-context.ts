import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../links/product-producer"
import { OCOP_MODULE } from "../../../modules/ocop"
import { toNumber } from "../../../modules/ocop/lib/numbers"
import type OcopModuleService from "../../../modules/ocop/service"
import type { Line, ShowroomInfo } from "../../../modules/smtp-notification/templates/types"
import { showroomOfOrder } from "../../consignment/utils/pickup"
import { showroomTeam } from "./recipients"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "status",
  "metadata",
  "created_at",
  "total",
  "item_total",
  "shipping_total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.data",
]

export type OrderLine = Line & { id: string; product_id: string; producer_id: string | null }

export type OrderForMail = {
  id: string
  display_id: number
  email: string
  locale: string
  customer: string
  phone: string | null
  total: number
  item_total: number
  shipping_total: number
  address: string
  lines: OrderLine[]
  showroom: (ShowroomInfo & { id: string; emails: string[] }) | null
  payment_provider: string | null
  payment_data: Record<string, unknown> | null
  paid: boolean
  metadata: Record<string, unknown>
}

/** An order with what every message about it shows: lines with producer and stars, pickup showroom, payment. */
export async function orderForMail(container: MedusaContainer, orderId: string): Promise<OrderForMail | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const o: any = data[0]
  if (!o) return null
  const productIds = [...new Set<string>((o.items ?? []).map((i: any) => i.product_id).filter(Boolean))]
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id", "ocop_producer.id", "ocop_producer.name"],
    filters: { product_id: productIds },
  })
  const producerOf = new Map(links.map((l: any) => [l.product_id, l.ocop_producer]))
  // the stars shown are those of the certificate the product sold under (sellability's current one)
  const sellability = await (container.resolve(OCOP_MODULE) as OcopModuleService).sellability(
    productIds,
    new Date(o.created_at)
  )
  const lines: OrderLine[] = (o.items ?? []).map((i: any) => ({
    id: i.id,
    product_id: i.product_id,
    producer_id: producerOf.get(i.product_id)?.id ?? null,
    producer: producerOf.get(i.product_id)?.name ?? undefined,
    title: i.title,
    quantity: toNumber(i.quantity),
    unit_price: toNumber(i.unit_price),
    total: toNumber(i.total),
    stars: sellability.get(i.product_id)?.certificate?.stars ?? undefined,
  }))
  const showroomId = await showroomOfOrder(container, o.id)
  const team = showroomId ? await showroomTeam(container, showroomId) : null
  const collections = o.payment_collections ?? []
  const payments = collections.flatMap((c: any) => c.payments ?? [])
  const session = collections.flatMap((c: any) => c.payment_sessions ?? [])[0]
  const a = o.shipping_address ?? {}
  return {
    id: o.id,
    display_id: o.display_id,
    email: String(o.email ?? "").toLowerCase(),
    locale: o.locale ?? "vi",
    customer: [a.last_name, a.first_name].filter(Boolean).join(" ") || String(o.email ?? ""),
    phone: a.phone ?? null,
    total: toNumber(o.total),
    item_total: toNumber(o.item_total),
    shipping_total: toNumber(o.shipping_total),
    address: [a.address_1, a.address_2, a.city].filter(Boolean).join(", "),
    lines,
    showroom: team
      ? {
          id: team.showroom.id,
          name: team.showroom.name,
          address: team.showroom.address,
          hours: team.showroom.opening_hours ?? null,
          phone: team.showroom.phone ?? null,
          emails: team.emails,
        }
      : null,
    payment_provider: payments[0]?.provider_id ?? session?.provider_id ?? null,
    payment_data: session?.data ?? null,
    paid: payments.some((p: any) => p.captured_at),
    metadata: o.metadata ?? {},
  }
}
