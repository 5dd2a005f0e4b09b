import { describe, expect, it } from "vitest"
import { formatVnd } from "../../backend/src/modules/ocop/lib/money"
import { asciiHandle, foldVietnamese } from "../../backend/src/modules/ocop/lib/text"

describe("VND formatting", () => {
  it("formats whole dong the Vietnamese way", () => {
    expect(formatVnd(185000)).toBe("185.000 ₫")
    expect(formatVnd(1250000)).toBe("1.250.000 ₫")
    expect(formatVnd(0)).toBe("0 ₫")
  })
  it("formats for English readers", () => {
    expect(formatVnd(185000, "en")).toBe("₫185,000")
  })
  it("refuses fractions of a dong", () => {
    expect(() => formatVnd(185000.5)).toThrow(/whole dong/)
    expect(() => formatVnd(Number.NaN)).toThrow(/whole dong/)
  })
})

describe("Vietnamese folding", () => {
  it("removes diacritics and maps đ to d", () => {
    expect(foldVietnamese("Kẹo dừa Bến Tre")).toBe("keo dua ben tre")
    expect(foldVietnamese("Đỏ")).toBe("do")
    expect(foldVietnamese("  Vải   thiều  Lục Ngạn ")).toBe("vai thieu luc ngan")
  })
  it("makes ASCII handles", () => {
    expect(asciiHandle("Cà phê Buôn Ma Thuột")).toBe("ca-phe-buon-ma-thuot")
  })
})
