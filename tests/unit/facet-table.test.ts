import { describe, expect, it } from "vitest"
import { FacetTable, FacetRow } from "../../backend/src/modules/ocop-search/lib/facet-table"
import type { SearchFilters } from "../../backend/src/modules/ocop-search/lib/query"
import { NO_FILTERS } from "../../backend/src/modules/ocop-search/lib/query"

const NOW = Date.parse("2026-12-07T12:00:00Z")
const row = (id: string, over: Partial<FacetRow> = {}): FacetRow => ({
  id,
  current_province_code: "vinh-long",
  province_code: "ben-tre",
  stars: 4,
  product_group: "food",
  producer_type: "cooperative",
  price_band: "under_100k",
  producer_id: "prod_1",
  price: 85_000,
  in_stock: true,
  expires_at: new Date(NOW + 86_400_000),
  ...over,
})
const table = new FacetTable([
  row("a"),
  row("b", {
    current_province_code: "can-tho",
    province_code: "soc-trang",
    stars: 5,
    price: 250_000,
    price_band: "100k_300k",
  }),
  row("c", { current_province_code: "can-tho", province_code: "can-tho", stars: 3, in_stock: false }),
  row("d", { price: null, price_band: null, producer_id: "prod_2" }),
  // expires at the very instant of the search: off sale, as `expires_at > now` in SQL
  row("e", { expires_at: new Date(NOW) }),
])

describe("FacetTable: a search without words counted in memory, as the engine's SQL counts it", () => {
  it("counts every product on sale, each facet's values, and the first expiry among them", () => {
    const { total, facets, firstExpiry } = table.count(NO_FILTERS, NOW)
    expect(total).toBe(4)
    expect(facets.current_province_code).toEqual({ "vinh-long": 2, "can-tho": 2 })
    expect(facets.stars).toEqual({ "3": 1, "4": 2, "5": 1 })
    // a product without a price has no price band, and is not counted under one
    expect(facets.price_band).toEqual({ under_100k: 2, "100k_300k": 1 })
    expect(firstExpiry).toBe(NOW + 86_400_000)
    // a moment earlier, the product expiring at NOW is still on sale, and it is the first to expire
    expect(table.count(NO_FILTERS, NOW - 1)).toMatchObject({ total: 5, firstExpiry: NOW })
  })

  it("takes a current province or a former one named exactly (either matches), and the other filters together", () => {
    const f = (over: Partial<SearchFilters>) => table.count({ ...NO_FILTERS, ...over }, NOW).total
    expect(f({ current_province_codes: ["vinh-long"] })).toBe(2)
    expect(f({ former_province_codes: ["soc-trang"] })).toBe(1)
    expect(f({ current_province_codes: ["vinh-long"], former_province_codes: ["soc-trang"] })).toBe(3)
    expect(f({ stars: [4, 5] })).toBe(3)
    expect(f({ stars: [4, 5], in_stock: true })).toBe(3)
    expect(f({ in_stock: false })).toBe(1)
    expect(f({ producer_ids: ["prod_2"] })).toBe(1)
    expect(f({ excluded_ids: ["a", "b"] })).toBe(2)
  })

  it("leaves a product without a price out of any price bound, as SQL's comparison with NULL does", () => {
    const f = (over: Partial<SearchFilters>) => table.count({ ...NO_FILTERS, ...over }, NOW).total
    expect(f({ price_min: 0 })).toBe(3)
    expect(f({ price_max: 100_000 })).toBe(2)
    expect(f({ price_min: 85_000, price_max: 85_000 })).toBe(2)
  })

  it("answers nothing, and no expiry, when nothing matches", () => {
    expect(table.count({ ...NO_FILTERS, product_groups: ["drink"] }, NOW)).toMatchObject({
      total: 0,
      firstExpiry: null,
    })
  })
})
