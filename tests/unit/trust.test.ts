import { describe, expect, it } from "vitest"
import { ratingSummary, withinReviewWindow } from "../../backend/src/modules/reviews/lib/rules"
import { formatTraceCode, newTraceCode, normalizeTraceCode } from "../../backend/src/modules/traceability/lib/codes"
import { unitsSoldOfLot } from "../../backend/src/modules/traceability/lib/lot-sales"
import { counterfeitSignals } from "../../backend/src/modules/traceability/lib/signals"
import { fontRuns, sheetFonts } from "../../backend/src/modules/traceability/lib/sheet-font"
import { orderByFor } from "../../backend/src/modules/ocop-search/lib/pg-query"
import { meiliSort } from "../../backend/src/modules/ocop-search/lib/meili-query"

describe("review rules", () => {
  it("averages to one decimal, counts per star from 5 down, and says null without reviews", () => {
    expect(
      ratingSummary(
        new Map([
          [5, 2],
          [4, 1],
          [1, 1],
        ])
      )
    ).toEqual({
      average: 3.8,
      count: 4,
      distribution: [
        { stars: 5, count: 2 },
        { stars: 4, count: 1 },
        { stars: 3, count: 0 },
        { stars: 2, count: 0 },
        { stars: 1, count: 1 },
      ],
    })
    expect(ratingSummary(new Map()).average).toBeNull()
  })

  it("a line may be reviewed for 30 days after it was received, to the millisecond", () => {
    const received = new Date("2026-11-01T10:00:00Z")
    expect(withinReviewWindow(received, new Date("2026-12-01T10:00:00Z"))).toBe(true)
    expect(withinReviewWindow(received, new Date("2026-12-01T10:00:00.001Z"))).toBe(false)
  })
})

describe("stamp codes", () => {
  it("are 12 symbols of Crockford base 32, drawn at random (no repeats, every symbol in every position)", () => {
    const codes = Array.from({ length: 2000 }, newTraceCode)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
    // every symbol turns up in every position: not a counter
    for (let pos = 0; pos < 12; pos++) expect(new Set(codes.map((c) => c[pos])).size).toBe(32)
  })

  it("print in groups of four and read back whatever the case, dashes, O for 0 or I/L for 1", () => {
    expect(formatTraceCode("7KQ2M9XD4FTR")).toBe("7KQ2-M9XD-4FTR")
    expect(normalizeTraceCode("7kq2-m9xd 4ftr")).toBe("7KQ2M9XD4FTR")
    expect(normalizeTraceCode("O1IL")).toBe("0111")
  })
})

describe("a lot's sales at a showroom (first in, first out)", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 10, d))
  it("gives sales to the oldest intakes first; returns leave from the newest", () => {
    const rows = [
      { kind: "intake", quantity: 5, lot: "A", created_at: at(1) },
      { kind: "intake", quantity: 5, lot: "B", created_at: at(2) },
      { kind: "sale", quantity: -4, lot: null, created_at: at(3) },
      { kind: "pickup", quantity: -3, lot: null, created_at: at(4) },
      { kind: "return", quantity: -1, lot: null, created_at: at(5) },
    ]
    expect(unitsSoldOfLot(rows, "A")).toEqual({ sold: 5, last_sold_at: at(4) })
    expect(unitsSoldOfLot(rows, "B")).toEqual({ sold: 2, last_sold_at: at(4) })
    expect(unitsSoldOfLot(rows, "C")).toEqual({ sold: 0, last_sold_at: null })
  })
})

describe("counterfeit signals", () => {
  it("names each sign plainly and none for a stamp that behaves", () => {
    expect(
      counterfeitSignals({ unitScans: { scans: 3, places: 2 }, lot: { made: 10, sold: 4 }, certificateReason: null })
    ).toEqual([])
    expect(
      counterfeitSignals({
        unitScans: { scans: 9, places: 6 },
        lot: { made: 2, sold: 3 },
        certificateReason: "expired",
      })
    ).toEqual([
      { kind: "scanned_widely", scans: 9, places: 6 },
      { kind: "oversold", made: 2, sold: 3 },
      { kind: "certificate_expired" },
    ])
  })
})

describe("the stamp sheet's font", () => {
  it("sets each character in the Be Vietnam Pro subset whose range holds it", () => {
    const fonts = sheetFonts(400)
    const runs = fontRuns("Kẹo dừa Đồng", fonts)
    expect(runs.map((r) => r.text).join("")).toBe("Kẹo dừa Đồng")
    const subsetOf = (ch: string) => fonts[runs.find((r) => r.text.includes(ch))!.font].file
    expect(subsetOf("ẹ")).toContain("-vietnamese-")
    expect(subsetOf("K")).toContain("-latin-400")
  })
})

describe("search by rating", () => {
  it("rated products first, then more reviews, in both engines", () => {
    expect(orderByFor("rating_desc", true)).toMatch(/^\(document->>'rating_average'\)::float desc nulls last/)
    expect(meiliSort("rating_desc")).toEqual(["rating_average:desc", "rating_count:desc"])
  })
})
