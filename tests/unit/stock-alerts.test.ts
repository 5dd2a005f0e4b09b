import { describe, expect, it } from "vitest"
import { stockAlerts } from "../../backend/src/modules/consignment/lib/stock-alerts"
import { commissionOf, settlementFigures } from "../../backend/src/modules/consignment/lib/settlement-figures"

const row = (kind: string, quantity: number, created: string, over: Record<string, unknown> = {}) => ({
  variant_id: "v1",
  product_id: "p1",
  producer_id: "opr1",
  kind,
  quantity,
  created_at: created,
  lot: null,
  best_before: null,
  ...over,
})
const now = new Date("2026-11-25T00:00:00Z")

describe("showroom stock alerts", () => {
  it("flags units still on hand from intakes older than the consignment period, first in first out", () => {
    const rows = [
      row("intake", 5, "2026-07-01", { lot: "OLD" }),
      row("intake", 5, "2026-11-01", { lot: "NEW" }),
      row("sale", -3, "2026-11-10"),
    ]
    // 7 on hand: 5 from the new lot, 2 from the old one (older than 90 days)
    expect(stockAlerts(rows, new Map([["opr1", 90]]), now)).toEqual([
      expect.objectContaining({ kind: "past_consignment_period", lot: "OLD", units: 2 }),
    ])
  })

  it("flags lots past or within 30 days of their best-before date, and nothing once they are gone", () => {
    const rows = [
      row("intake", 4, "2026-11-01", { lot: "A", best_before: "2026-12-10" }),
      row("intake", 2, "2026-11-02", { lot: "B", best_before: "2026-11-20" }),
    ]
    const alerts = stockAlerts(rows, new Map(), now)
    expect(alerts.map((a) => [a.kind, a.lot, a.units])).toEqual([
      ["past_best_before", "B", 2],
      ["near_best_before", "A", 4],
    ])
    expect(stockAlerts([...rows, row("return", -6, "2026-11-24")], new Map(), now)).toEqual([])
  })
})

describe("settlement figures", () => {
  it("counts units and gross from sale movements and takes the commission in whole dong, rounded half up", () => {
    expect(
      settlementFigures(
        [
          { quantity: -3, unit_price: 85000 },
          { quantity: -4, unit_price: 85000 },
        ],
        1500
      )
    ).toEqual({ units: 7, gross: 595000, commission: 89250, net: 505750 })
    expect(commissionOf(333, 1500)).toBe(50) // 49.95 -> 50
    expect(commissionOf(1, 1000)).toBe(0) // 0.1 -> 0
  })
})
