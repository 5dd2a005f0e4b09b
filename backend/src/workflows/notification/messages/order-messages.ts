import type { TemplateData } from "../../../modules/smtp-notification/templates/types"
import { storefrontUrl, shopperLang } from "../utils/links"
import type { OrderForMail } from "../utils/order-context"
import { type Outgoing, outgoing } from "../utils/outgoing"
import type { Team } from "../utils/recipients"

const paymentKind = (provider: string | null): TemplateData["order-placed"]["payment"] =>
  !provider
    ? "other"
    : provider === "pp_cod_cod"
      ? "cod"
      : provider === "pp_showroom_cod"
        ? "showroom"
        : provider.startsWith("pp_vietqr")
          ? "vietqr"
          : provider.startsWith("pp_stripe")
            ? "card"
            : "other"

const resource = (o: OrderForMail) => ({ id: o.id, type: "order" })
const strip = ({ id, product_id, producer_id, ...line }: OrderForMail["lines"][number]) => line

/**
 * order.placed: the shopper's confirmation, each producer's own lines (to each
 * of its members, never another producer's lines or prices), and for a pickup
 * the showroom staff's order to prepare.
 */
export function orderPlacedMessages(
  o: OrderForMail,
  teams: Map<string, Team>,
  vietqr: TemplateData["order-placed"]["vietqr"] = null
): Outgoing[] {
  const trigger = "order.placed"
  const lang = shopperLang(o.locale)
  const payment = paymentKind(o.payment_provider)
  const messages: Outgoing[] = []
  if (o.email)
    messages.push(
      outgoing({
        trigger,
        keyOf: o.id,
        to: o.email,
        template: "order-placed",
        resource: resource(o),
        data: {
          locale: lang,
          display_id: o.display_id,
          lines: o.lines.map(strip),
          subtotal: o.item_total,
          shipping: o.shipping_total,
          total: o.total,
          delivery: o.showroom
            ? {
                kind: "pickup",
                showroom: {
                  name: o.showroom.name,
                  address: o.showroom.address,
                  hours: o.showroom.hours,
                  phone: o.showroom.phone,
                },
              }
            : { kind: "delivery", address: o.address },
          payment,
          vietqr: payment === "vietqr" ? vietqr : null,
          order_url: `${storefrontUrl()}/${lang}/orders/lookup`,
        },
      })
    )
  const byProducer = new Map<string, OrderForMail["lines"]>()
  for (const l of o.lines)
    if (l.producer_id) byProducer.set(l.producer_id, [...(byProducer.get(l.producer_id) ?? []), l])
  for (const [producerId, lines] of byProducer) {
    const team = teams.get(producerId)
    if (!team) continue
    for (const to of team.emails)
      messages.push(
        outgoing({
          trigger,
          keyOf: `${o.id}:${producerId}`,
          to,
          template: "producer-new-order",
          resource: resource(o),
          data: {
            producer: team.name,
            display_id: o.display_id,
            lines: lines.map(strip),
            total: lines.reduce((s, l) => s + l.total, 0),
            delivery: o.showroom ? `Khách nhận tại ${o.showroom.name}` : `Giao hàng đến ${o.address}`,
            portal_url: `${storefrontUrl()}/vi/seller`,
          },
        })
      )
  }
  if (o.showroom)
    for (const to of o.showroom.emails)
      messages.push(
        outgoing({
          trigger,
          keyOf: `${o.id}:showroom`,
          to,
          template: "pickup-to-prepare",
          resource: resource(o),
          data: {
            showroom: o.showroom.name,
            display_id: o.display_id,
            customer: o.customer,
            phone: o.phone,
            lines: o.lines.map(strip),
            to_pay: payment === "showroom" && !o.paid ? o.total : 0,
          },
        })
      )
  return messages
}

const shopper = <K extends "payment-received" | "pickup-ready" | "pickup-collected" | "order-canceled">(
  o: OrderForMail,
  trigger: string,
  keyOf: string,
  template: K,
  data: Omit<TemplateData[K], "locale" | "display_id">
): Outgoing[] =>
  o.email
    ? [
        outgoing({
          trigger,
          keyOf,
          to: o.email,
          template,
          resource: resource(o),
          data: { ...data, locale: shopperLang(o.locale), display_id: o.display_id } as TemplateData[K],
        }),
      ]
    : []

export const paymentReceivedMessages = (o: OrderForMail, paymentId: string, amount: number) =>
  shopper(o, "payment.captured", paymentId, "payment-received", { amount })

export const pickupReadyMessages = (o: OrderForMail) =>
  o.showroom
    ? shopper(o, "pickup.ready", o.id, "pickup-ready", {
        showroom: {
          name: o.showroom.name,
          address: o.showroom.address,
          hours: o.showroom.hours,
          phone: o.showroom.phone,
        },
        to_pay: o.payment_provider === "pp_showroom_cod" && !o.paid ? o.total : 0,
      })
    : []

export const pickupCollectedMessages = (o: OrderForMail) =>
  o.showroom ? shopper(o, "pickup.collected", o.id, "pickup-collected", { showroom: o.showroom.name }) : []

export const orderCanceledMessages = (o: OrderForMail, reason: string | null) =>
  shopper(o, "order.canceled", o.id, "order-canceled", { total: o.total, reason, paid: o.paid })
