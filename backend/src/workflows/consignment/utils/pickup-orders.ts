import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import OrderPickupShowroom from "../../../links/order-pickup-showroom"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { showroomOfOrder } from "./pickup"
import { resolveConsignedVariants } from "./consigned-variants"
import { toNumber } from "../../../modules/ocop/lib/numbers"

export type PickupState = "waiting" | "ready" | "collected" | "canceled"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "status",
  "total",
  "metadata",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.product_id",
  "items.detail.quantity",
  "items.unit_price",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

/** Canceled, collected (a delivered fulfilment), marked ready by the showroom, or waiting. */
function pickupStateOf(o: any): PickupState {
  const collected = (o.fulfillments ?? []).some((f: any) => f.delivered_at && !f.canceled_at)
  return o.status === "canceled"
    ? "canceled"
    : collected
      ? "collected"
      : o.metadata?.ocop_pickup_ready_at
        ? "ready"
        : "waiting"
}

/** An online order as the showroom sees it: who collects it, what to hand over, whether it is paid. */
function toPickupOrder(o: any, producers: Map<string, { producer_id: string }>, reservations: Map<string, string[]>) {
  const payments = (o.payment_collections ?? [])
    .flatMap((c: any) => c.payments ?? [])
    .filter((p: any) => !p.canceled_at)
  const payment = payments[0]
  const state = pickupStateOf(o)
  return {
    id: o.id as string,
    display_id: o.display_id as number,
    created_at: o.created_at as string,
    email: o.email as string,
    name: [o.shipping_address?.last_name, o.shipping_address?.first_name].filter(Boolean).join(" "),
    phone: o.shipping_address?.phone ?? null,
    total: toNumber(o.total),
    state,
    ready_at: (o.metadata?.ocop_pickup_ready_at as string) ?? null,
    metadata: o.metadata ?? null,
    items: (o.items ?? []).map((i: any) => ({
      id: i.id as string,
      title: i.product_title ?? i.title,
      variant_title: (i.variant_title ?? i.title) as string,
      variant_id: i.variant_id as string,
      product_id: i.product_id as string,
      producer_id: producers.get(i.variant_id)?.producer_id ?? null,
      quantity: toNumber(i.detail?.quantity ?? i.quantity),
      unit_price: toNumber(i.unit_price),
    })),
    payment: {
      provider_id: (payment?.provider_id as string) ?? null,
      paid: !!payment?.captured_at,
      // how it was paid at the counter (cash, card, bank transfer), when it was
      paid_at_counter: (o.metadata?.ocop_pickup_paid_by as string) ?? null,
      // a promise to pay at the showroom (or on delivery) is captured when the shopper collects
      to_collect: payment && !payment.captured_at ? (payment.id as string) : null,
    },
    reservation_ids: (o.items ?? []).flatMap((i: any) => reservations.get(i.id) ?? []),
  }
}

export type PickupOrder = ReturnType<typeof toPickupOrder>

async function loadOrders(container: MedusaContainer, ids: string[]): Promise<PickupOrder[]> {
  if (!ids.length) return []
  const { data: orders } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
  const items = (orders as any[]).flatMap((o) => o.items ?? [])
  const [producers, reservations] = await Promise.all([
    resolveConsignedVariants(container, items.map((i) => i.variant_id).filter(Boolean)).catch(() => new Map()),
    items.length
      ? container
          .resolve(Modules.INVENTORY)
          .listReservationItems({ line_item_id: items.map((i) => i.id) }, { take: null as any })
      : [],
  ])
  const byLine = new Map<string, string[]>()
  for (const r of reservations) byLine.set(r.line_item_id!, [...(byLine.get(r.line_item_id!) ?? []), r.id])
  return (orders as any[])
    .map((o) => toPickupOrder(o, producers as any, byLine))
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
}

/** The online orders to be picked up at a showroom: every open one, and the latest collected or canceled. */
export async function listPickupOrders(
  container: MedusaContainer,
  showroomId: string,
  recentDone = 20
): Promise<PickupOrder[]> {
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: OrderPickupShowroom.entryPoint,
    fields: ["order_id"],
    filters: { ocop_showroom_id: showroomId },
    // the latest 500: open orders are never older than that at a showroom's pace
    pagination: { order: { created_at: "DESC" }, take: 500 },
  } as any)
  const orders = await loadOrders(
    container,
    (links as any[]).map((l) => l.order_id)
  )
  const open = orders.filter((o) => o.state === "waiting" || o.state === "ready")
  return [...open, ...orders.filter((o) => !open.includes(o)).slice(0, recentDone)]
}

/** One order to be picked up at this showroom; another showroom's (or a delivered one) is a 404. */
export async function pickupOrder(
  container: MedusaContainer,
  showroomId: string,
  orderId: string
): Promise<PickupOrder> {
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: OrderPickupShowroom.entryPoint,
    fields: ["order_id"],
    filters: { ocop_showroom_id: showroomId, order_id: orderId },
  })
  const [order] = links.length ? await loadOrders(container, [orderId]) : []
  if (!order)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không có đơn nhận hàng này tại điểm bán (no such pickup order at this showroom)"
    )
  return order
}

/**
 * What a shopper sees of their pickup: where, the showroom's hours, and
 * whether it is waiting, ready or collected; null for a delivered order.
 */
export async function pickupProgress(container: MedusaContainer, orderId: string) {
  const showroomId = await showroomOfOrder(container, orderId)
  if (!showroomId) return null
  // only what the state needs: no lines, reservations or producers as for the staff's list
  const [
    {
      data: [order],
    },
    showroom,
  ] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status", "metadata", "fulfillments.delivered_at", "fulfillments.canceled_at"],
      filters: { id: orderId },
    }),
    (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).retrieveShowroom(showroomId),
  ])
  if (!order) return null
  return {
    showroom: {
      name: showroom.name,
      address: showroom.address,
      commune: showroom.commune,
      opening_hours: showroom.opening_hours,
    },
    state: pickupStateOf(order),
    ready_at: ((order as any).metadata?.ocop_pickup_ready_at as string) ?? null,
  }
}

export type PickupProgress = NonNullable<Awaited<ReturnType<typeof pickupProgress>>>
