import { describe, expect, it } from "vitest"
import { formatDate, formatVnd } from "../../storefront/src/lib/format"
import { dictionary, fill, fillCount, isLang } from "../../storefront/src/lib/i18n"
import { imageSrc } from "../../storefront/src/lib/images"
import { searchQuery, withParam } from "../../storefront/src/lib/search-url"

describe("storefront formatting", () => {
  it("writes whole dong the Vietnamese way, and the English way", () => {
    expect(formatVnd(185000, "vi")).toBe("185.000 ₫")
    expect(formatVnd(185000, "en")).toBe("₫185,000")
    expect(formatVnd(1234567, "vi")).toBe("1.234.567 ₫")
    expect(formatVnd(null, "vi")).toBe("–")
  })

  it("dates fall on Vietnam's calendar day", () => {
    // 18:00 UTC on 31 May is already 1 June in Vietnam
    expect(formatDate("2025-05-31T18:00:00Z", "vi")).toBe("01/06/2025")
    expect(formatDate("2025-05-31T18:00:00Z", "en")).toBe("1 Jun 2025")
    expect(formatDate("not a date", "vi")).toBe("–")
  })
})

describe("storefront languages", () => {
  const keys = (o: any, prefix = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))

  it("English has every Vietnamese text and nothing else", () => {
    expect(keys(dictionary("en")).sort()).toEqual(keys(dictionary("vi")).sort())
  })

  it("fills placeholders and recognises only vi and en", () => {
    expect(fill(dictionary("vi").badge.stars, { n: 4 })).toBe("OCOP 4 sao")
    expect(fill(dictionary("en").search.results.other, { n: 3 })).toBe("3 products")
    expect([isLang("vi"), isLang("en"), isLang("fr")]).toEqual([true, true, false])
  })
})

describe("search URLs", () => {
  it("pass on only the backend's parameters, lists joined by commas", () => {
    expect(searchQuery({ q: "keo dua", province: ["vinh-long", "can-tho"], utm_source: "x", page: "" })).toEqual({
      q: "keo dua",
      province: "vinh-long,can-tho",
    })
  })

  it("a facet link sets its value, removes it when chosen again, and goes back to page 1", () => {
    const base = "/vi/search"
    expect(withParam(base, { q: "keo", page: "3" }, "stars_min", "4")).toBe("/vi/search?q=keo&stars_min=4")
    expect(withParam(base, { q: "keo", stars_min: "4" }, "stars_min", "4")).toBe("/vi/search?q=keo")
    expect(withParam(base, { sort: "newest" }, "sort", null)).toBe("/vi/search")
  })

  it("images of the backend are served through the storefront's own /static", () => {
    expect(imageSrc("http://localhost:9000/static/ocop/keo.svg")).toBe("/static/ocop/keo.svg")
    expect(imageSrc("https://cdn.example/x.jpg")).toBe("https://cdn.example/x.jpg")
    expect(imageSrc(null)).toBeNull()
  })
})

describe("counts in words", () => {
  it("says 1 product and 2 products in English, sản phẩm for any count in Vietnamese", () => {
    expect(fillCount(dictionary("en").home.products, 1)).toBe("1 product")
    expect(fillCount(dictionary("en").home.products, 2)).toBe("2 products")
    expect(fillCount(dictionary("en").search.results, 1234, "1,234")).toBe("1,234 products")
    expect(fillCount(dictionary("vi").home.products, 1)).toBe("1 sản phẩm")
  })
})
