import { describe, expect, it } from "vitest"
import { commissionOf, payoutCsv, payoutPeriods, vietnamMonth } from "../../backend/src/modules/consignment/lib/payouts"

const line = (over: Partial<Parameters<typeof payoutPeriods>[0][number]> = {}) => ({
  order_id: "order_1",
  order_display_id: 1,
  ordered_at: "2026-10-15T03:00:00Z",
  payment_status: "authorized",
  sku: "KEO-400",
  title: "Kẹo dừa",
  quantity: 2,
  unit_price: 85000,
  ...over,
})

describe("producer payouts", () => {
  it("counts months in Vietnam time", () => {
    expect(vietnamMonth("2026-10-31T16:59:59Z")).toBe("2026-10")
    expect(vietnamMonth("2026-10-31T17:00:00Z")).toBe("2026-11")
  })
  it("rounds commission half up to whole dong", () => {
    expect(commissionOf(85000, 1000)).toBe(8500)
    expect(commissionOf(12345, 1250)).toBe(1543) // 1543.125
    expect(commissionOf(12348, 1250)).toBe(1544) // 1543.5
  })
  it("sums each month once and nets the commission", () => {
    const periods = payoutPeriods(
      [
        line(),
        line({ order_id: "order_2", quantity: 1 }),
        line({ order_id: "order_3", ordered_at: "2026-11-02T00:00:00Z", unit_price: 120000, quantity: 1 }),
      ],
      1000
    )
    expect(periods).toEqual([
      { period: "2026-10", orders: 2, units: 3, gross: 255000, commission: 25500, net: 229500 },
      { period: "2026-11", orders: 1, units: 1, gross: 120000, commission: 12000, net: 108000 },
    ])
  })
  it("writes a CSV with lines and totals, neutralising formulas", () => {
    const csv = payoutCsv([line({ title: '=HYPERLINK("x")' })], 1000)
    expect(csv).toContain("period,order,ordered_at")
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv.trim().split("\n").pop()).toBe("2026-10,1,2,170000,17000,153000")
  })
})
