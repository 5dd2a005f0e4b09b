const DAY = 86_400_000

export type LedgerRow = {
  variant_id: string
  product_id: string
  producer_id: string
  kind: string
  quantity: number
  lot?: string | null
  best_before?: Date | string | null
  created_at: Date | string
}

export type StockAlert = {
  kind: "past_consignment_period" | "near_best_before" | "past_best_before"
  variant_id: string
  product_id: string
  producer_id: string
  lot: string | null
  units: number
  since: string
  best_before: string | null
}

/**
 * Goods to act on at a showroom: units still on hand (first in, first out)
 * from intakes older than the producer's consignment period, or whose
 * best-before date is past or within `warnDays`.
 */
export function stockAlerts(
  rows: LedgerRow[],
  consignmentDays: Map<string, number>,
  now: Date,
  warnDays = 30
): StockAlert[] {
  const alerts: StockAlert[] = []
  const byVariant = new Map<string, LedgerRow[]>()
  for (const r of rows) byVariant.set(r.variant_id, [...(byVariant.get(r.variant_id) ?? []), r])
  for (const list of byVariant.values()) {
    let onHand = list.reduce((n, r) => n + r.quantity, 0)
    // the newest intakes cover what is on hand; older ones have been sold or returned
    const intakes = list
      .filter((r) => r.kind === "intake")
      .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    for (const intake of intakes) {
      if (onHand <= 0) break
      const units = Math.min(onHand, intake.quantity)
      onHand -= units
      const base = {
        variant_id: intake.variant_id,
        product_id: intake.product_id,
        producer_id: intake.producer_id,
        lot: intake.lot ?? null,
        units,
        since: new Date(intake.created_at).toISOString(),
      }
      const days = consignmentDays.get(intake.producer_id)
      if (days != null && now.getTime() - new Date(intake.created_at).getTime() > days * DAY) {
        alerts.push({
          ...base,
          kind: "past_consignment_period",
          best_before: intake.best_before ? new Date(intake.best_before).toISOString() : null,
        })
      }
      if (intake.best_before) {
        const left = new Date(intake.best_before).getTime() - now.getTime()
        if (left <= warnDays * DAY)
          alerts.push({
            ...base,
            kind: left <= 0 ? "past_best_before" : "near_best_before",
            best_before: new Date(intake.best_before).toISOString(),
          })
      }
    }
  }
  return alerts
}
