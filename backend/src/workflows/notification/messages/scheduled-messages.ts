import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../links/product-producer"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import { payoutPeriods, vietnamMonth, type PayoutLine } from "../../../modules/consignment/lib/payouts"
import { stockAlerts } from "../../../modules/consignment/lib/stock-alerts"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import { toNumber } from "../../../modules/ocop/lib/numbers"
import type OcopModuleService from "../../../modules/ocop/service"
import { type Outgoing, outgoing } from "../utils/outgoing"
import { producerTeams, showroomTeam } from "../utils/recipients"

const DAY = 86_400_000
/** Reminders before a certificate expires, in days; each is sent once per certificate. */
export const EXPIRY_REMINDER_DAYS = [60, 30]

/**
 * Certificates that are their product's current one and expire within 60 or
 * 30 days of `at`: the 60-day reminder while more than 30 days are left, the
 * 30-day one after. A renewed product (a newer certificate shows) gets none.
 */
export async function expiryReminderMessages(container: MedusaContainer, at: Date): Promise<Outgoing[]> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const horizon = new Date(at.getTime() + Math.max(...EXPIRY_REMINDER_DAYS) * DAY)
  const soon: any[] = await ocop.listOcopCertificates(
    { status: "verified", expires_at: { $gt: at, $lte: horizon } } as any,
    { take: null as any }
  )
  const current = await ocop.sellability(
    soon.map((c) => c.product_id),
    at
  )
  const due = soon.filter((c) => current.get(c.product_id)?.certificate?.id === c.id)
  const teams = await producerTeams(
    container,
    due.map((c) => c.producer_id)
  )
  const sorted = [...EXPIRY_REMINDER_DAYS].sort((a, b) => a - b)
  return due.flatMap((c) => {
    const left = (new Date(c.expires_at).getTime() - at.getTime()) / DAY
    const days = sorted.find((d) => left <= d)!
    const team = teams.get(c.producer_id)
    return (team?.emails ?? []).map((to) =>
      outgoing({
        trigger: "ocop.certificate.expiring",
        keyOf: `${c.id}:${days}`,
        to,
        template: "certificate-expiring",
        category: "certificate_reminders",
        resource: { id: c.id, type: "ocop_certificate" },
        data: {
          producer: team!.name,
          product: c.product_name,
          certificate_number: c.certificate_number,
          stars: c.stars,
          expires_at: new Date(c.expires_at).toISOString(),
          days,
        },
      })
    )
  })
}

/** Each showroom's staff: goods past their consignment period or best-before, once per showroom and day. */
export async function stockAlertMessages(container: MedusaContainer, at: Date): Promise<Outgoing[]> {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const showrooms = await consignment.listShowrooms({}, { take: null as any })
  const out: Outgoing[] = []
  for (const s of showrooms) {
    const [rows, agreements] = await Promise.all([
      consignment.listStockMovements({ showroom_id: s.id } as any, { take: null as any }),
      consignment.listConsignmentAgreements({ showroom_id: s.id, status: "active" } as any),
    ])
    const days = new Map(agreements.map((a) => [a.producer_id, a.consignment_days]))
    // near best-before is the counter's daily work (its alerts screen); the email is for what must leave the shelf
    const alerts = stockAlerts(rows as any, days, at).filter((a) => a.kind !== "near_best_before")
    if (!alerts.length) continue
    const team = await showroomTeam(container, s.id)
    const titles = await productTitles(
      container,
      alerts.map((a) => a.product_id)
    )
    for (const to of team?.emails ?? [])
      out.push(
        outgoing({
          trigger: "ocop.showroom.stock_alerts",
          keyOf: `${s.id}:${vietnamDay(at)}`,
          to,
          template: "stock-alerts",
          category: "stock_alerts",
          resource: { id: s.id, type: "ocop_showroom" },
          data: {
            showroom: s.name,
            alerts: alerts.map((a) => ({
              product: titles.get(a.product_id) ?? a.product_id,
              lot: a.lot,
              units: a.units,
              kind: a.kind,
              since: a.since,
              best_before: a.best_before,
            })),
          },
        })
      )
  }
  return out
}

const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)

async function productTitles(container: MedusaContainer, ids: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map((data as any[]).map((p) => [p.id as string, p.title as string]))
}

/** The month before `at` (Vietnam time) as YYYY-MM, and its bounds. */
export function previousMonth(at: Date) {
  const vn = new Date(at.getTime() + 7 * 3_600_000)
  const start = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() - 1, 1) - 7 * 3_600_000)
  const end = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), 1) - 7 * 3_600_000)
  return { period: vietnamMonth(start), start, end }
}

/**
 * Each producer's statement of last month's online sales (the producer portal's
 * payouts, same arithmetic: payoutPeriods), sent on the 1st.
 */
export async function payoutStatementMessages(container: MedusaContainer, at: Date): Promise<Outgoing[]> {
  const { period, start, end } = previousMonth(at)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "status",
      "payment_status",
      "items.product_id",
      "items.title",
      "items.variant_sku",
      "items.unit_price",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { created_at: { $gte: start, $lt: end } } as any,
  })
  const live = (orders as any[]).filter((o) => o.status !== "canceled")
  const productIds = [...new Set(live.flatMap((o) => (o.items ?? []).map((i: any) => i.product_id)))]
  if (!productIds.length) return []
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id", "ocop_producer.id", "ocop_producer.commission_bps"],
    filters: { product_id: productIds },
  })
  const producerOf = new Map(links.map((l: any) => [l.product_id, l.ocop_producer]))
  const lines = new Map<string, PayoutLine[]>()
  for (const o of live)
    for (const i of o.items ?? []) {
      const p = producerOf.get(i.product_id)
      if (!p) continue
      lines.set(p.id, [
        ...(lines.get(p.id) ?? []),
        {
          order_id: o.id,
          order_display_id: o.display_id,
          ordered_at: o.created_at,
          payment_status: o.payment_status ?? "",
          sku: i.variant_sku ?? null,
          title: i.title,
          // the order module computes quantities on the item detail
          quantity: toNumber(i.detail?.quantity ?? i.quantity),
          unit_price: toNumber(i.unit_price),
        },
      ])
    }
  const teams = await producerTeams(container, [...lines.keys()])
  const bps = new Map(links.map((l: any) => [l.ocop_producer?.id, l.ocop_producer?.commission_bps ?? 1000]))
  return [...lines].flatMap(([producerId, own]) => {
    const [p] = payoutPeriods(own, bps.get(producerId))
    const team = teams.get(producerId)
    if (!p || !team) return []
    return team.emails.map((to) =>
      outgoing({
        trigger: "ocop.payout.statement",
        keyOf: `${producerId}:${period}`,
        to,
        template: "payout-statement",
        category: "payout_statements",
        resource: { id: producerId, type: "ocop_producer" },
        data: {
          producer: team.name,
          period,
          orders: p.orders,
          units: p.units,
          gross: p.gross,
          commission: p.commission,
          net: p.net,
        },
      })
    )
  })
}
