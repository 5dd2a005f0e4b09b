import { commissionOf } from "./settlement-figures"
/** One sold line of a producer's product, as it counts for payouts. */
export type PayoutLine = {
  order_id: string
  order_display_id: number
  ordered_at: string | Date
  payment_status: string
  sku: string | null
  title: string
  quantity: number
  unit_price: number
}

export type PayoutPeriod = {
  period: string // YYYY-MM, Vietnam time
  orders: number
  units: number
  gross: number
  commission: number
  net: number
}

/** Month of an instant in Vietnam time (UTC+7, no daylight saving). */
export function vietnamMonth(at: string | Date): string {
  return new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString().slice(0, 7)
}

// one rounding rule for online payouts and showroom settlements
export { commissionOf }

/** Per-month statement: gross of the lines, commission on each month's gross, net payable. */
export function payoutPeriods(lines: PayoutLine[], bps: number): PayoutPeriod[] {
  const byPeriod = new Map<string, { orders: Set<string>; units: number; gross: number }>()
  for (const l of lines) {
    const key = vietnamMonth(l.ordered_at)
    const p = byPeriod.get(key) ?? { orders: new Set(), units: 0, gross: 0 }
    p.orders.add(l.order_id)
    p.units += l.quantity
    p.gross += l.unit_price * l.quantity
    byPeriod.set(key, p)
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, p]) => {
      const commission = commissionOf(p.gross, bps)
      return { period, orders: p.orders.size, units: p.units, gross: p.gross, commission, net: p.gross - commission }
    })
}

/** A CSV cell, quoted when needed and never read as a formula by a spreadsheet. */
export const csvCell = (v: unknown) => {
  const s = String(v ?? "")
  // neutralise spreadsheet formulas and quote separators
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** CSV of the statement: one row per line, then one total row per period. */
export function payoutCsv(lines: PayoutLine[], bps: number): string {
  const rows: unknown[][] = [
    [
      "period",
      "order",
      "ordered_at",
      "payment_status",
      "sku",
      "product",
      "quantity",
      "unit_price_vnd",
      "line_total_vnd",
    ],
  ]
  for (const l of [...lines].sort((a, b) => new Date(a.ordered_at).getTime() - new Date(b.ordered_at).getTime())) {
    rows.push([
      vietnamMonth(l.ordered_at),
      l.order_display_id,
      new Date(l.ordered_at).toISOString(),
      l.payment_status,
      l.sku,
      l.title,
      l.quantity,
      l.unit_price,
      l.unit_price * l.quantity,
    ])
  }
  rows.push([])
  rows.push(["period", "orders", "units", "gross_vnd", "commission_vnd", "net_vnd"])
  for (const p of payoutPeriods(lines, bps)) rows.push([p.period, p.orders, p.units, p.gross, p.commission, p.net])
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n"
}
