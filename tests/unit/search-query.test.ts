import { describe, expect, it } from "vitest"
import { ProvinceDirectory } from "../../backend/src/modules/ocop/lib/provinces"
import { interpretText, starValues, typoBudget, EngineQuery } from "../../backend/src/modules/ocop-search/lib/query"
import { orderByFor, tsQueryText, vocabularyOf } from "../../backend/src/modules/ocop-search/lib/pg-query"
import { meiliFilter, meiliSearchParams, meiliSort } from "../../backend/src/modules/ocop-search/lib/meili-query"
import { priceBand, toSearchDocument, documentHash, toHit } from "../../backend/src/modules/ocop-search/lib/document"
import { describeFacets, toEngineQuery } from "../../backend/src/api/store/ocop/search/search-request"
import { SearchCache } from "../../backend/src/modules/ocop-search/lib/search-cache"
import { PROVINCES } from "../../seed/data/provinces"
import { NO_FILTERS } from "../../backend/src/modules/ocop-search/lib/query"

const dir = new ProvinceDirectory(PROVINCES)

describe("reading the typed query", () => {
  it("folds diacritics and đ, and drops punctuation and control characters", () => {
    expect(interpretText("Kẹo DỪA  đỏ!\u0000\u001b", dir, false).terms).toEqual(["keo", "dua", "do"])
  })

  it("takes a province name out of the text as a filter: current names mean the merged unit, former names only themselves", () => {
    expect(interpretText("keo dua ben tre", dir, true)).toEqual({
      terms: ["keo", "dua"],
      province: { code: "ben-tre", name: "Bến Tre", scope: "former" },
    })
    expect(interpretText("Vĩnh Long", dir, true)).toEqual({
      terms: [],
      province: { code: "vinh-long", name: "Vĩnh Long", scope: "current" },
    })
    expect(interpretText("nuoc mam ba ria vung tau", dir, true).province?.code).toBe("ba-ria-vung-tau")
    expect(interpretText("banh pia", dir, true).province).toBeNull()
    // not when the caller already chose a province
    expect(interpretText("keo dua ben tre", dir, false)).toEqual({
      terms: ["keo", "dua", "ben", "tre"],
      province: null,
    })
  })

  it("allows typos as Meilisearch does: none below 5 letters, one from 5, two from 9", () => {
    expect([typoBudget("keo"), typoBudget("thieu"), typoBudget("thieuuuu"), typoBudget("robustaaa")]).toEqual([
      0, 1, 1, 2,
    ])
  })

  it("reads stars as exact values and/or a minimum", () => {
    expect(starValues(undefined, undefined)).toEqual([3, 4, 5])
    expect(starValues(undefined, 4)).toEqual([4, 5])
    expect(starValues([5, 3, 3], undefined)).toEqual([3, 5])
    expect(starValues([3, 4], 5)).toEqual([])
  })
})

describe("the embedded engine's query text", () => {
  it("requires every word, each as itself or a typo candidate, the last also as a prefix", () => {
    expect(tsQueryText([], [])).toBeNull()
    expect(tsQueryText(["vai", "thieuu"], [[], ["thieu", "thieu"]])).toBe("(vai) & (thieuu | thieu | thieuu:*)")
    expect(tsQueryText(["vai", "thieuu"], [], false)).toBe("(vai) & (thieuu)")
  })

  it("orders by relevance only when there are words", () => {
    expect(orderByFor("relevance", true)).toMatch(/^rank desc, stars desc/)
    expect(orderByFor("relevance", false)).toMatch(/^stars desc/)
    expect(orderByFor("price_asc", true)).toBe("price asc nulls last, id asc")
    expect(orderByFor("newest", false)).toBe("listed_at desc, id asc")
  })

  it("keeps words of 4 to 40 letters for typo lookups", () => {
    expect(vocabularyOf(["keo dua sap", "cho lach keo"])).toEqual(["lach"])
  })
})

describe("Meilisearch filters and settings", () => {
  const now = 1_800_000_000_000

  it("always filters on the expiry instant", () => {
    expect(meiliFilter(NO_FILTERS, now)).toEqual([`expires_at > ${now}`])
  })

  it("ORs current and former provinces and ANDs the other filters", () => {
    const filter = meiliFilter(
      {
        ...NO_FILTERS,
        current_province_codes: ["vinh-long"],
        former_province_codes: ["soc-trang"],
        stars: [4, 5],
        product_groups: ["food"],
        producer_types: ["cooperative", "household"],
        price_min: 0,
        price_max: 200000,
        in_stock: true,
      },
      now
    )
    expect(filter).toEqual([
      `expires_at > ${now}`,
      ['current_province_code = "vinh-long"', 'province_code = "soc-trang"'],
      "stars IN [4, 5]",
      'product_group IN ["food"]',
      'producer_type IN ["cooperative", "household"]',
      "price >= 0",
      "price <= 200000",
      "in_stock = true",
    ])
  })

  it("leaves out products that left sale before the index caught up, in hits and facet counts alike", () => {
    expect(meiliFilter({ ...NO_FILTERS, excluded_ids: ["prod_1", "prod_2"] }, now)).toEqual([
      `expires_at > ${now}`,
      'NOT id IN ["prod_1", "prod_2"]',
    ])
  })

  it("quotes values so a stray quote cannot change the filter", () => {
    expect(meiliFilter({ ...NO_FILTERS, product_groups: ['food" OR stars = 1'] }, now)[1]).toBe(
      'product_group IN ["food\\" OR stars = 1"]'
    )
  })

  it("maps sorts and asks for every facet, all words and exhaustive pages", () => {
    expect(meiliSort("relevance")).toBeUndefined()
    expect(meiliSort("price_desc")).toEqual(["price:desc"])
    const q: EngineQuery = { terms: ["keo"], filters: NO_FILTERS, sort: "newest", page: 2, limit: 10, now }
    expect(meiliSearchParams(q)).toMatchObject({
      sort: ["listed_at:desc"],
      page: 2,
      hitsPerPage: 10,
      matchingStrategy: "all",
    })
    expect(meiliSearchParams(q).facets).toEqual([
      "current_province_code",
      "province_code",
      "stars",
      "product_group",
      "producer_type",
      "price_band",
    ])
  })
})

describe("search documents", () => {
  const source = {
    product: {
      id: "prod_1",
      handle: "keo-dua",
      title: "Kẹo dừa Chợ Lách",
      description: "Kẹo dừa sáp",
      thumbnail: null,
      created_at: "2026-01-01T00:00:00Z",
    },
    price: 85000,
    in_stock: true,
    certificate: {
      certificate_number: "BT-1",
      stars: 4,
      level: "provincial",
      product_group: "food",
      sub_group: "Bánh kẹo",
      commune: "Xã Hòa Nghĩa",
      issued_at: "2025-06-01T00:00:00Z",
      expires_at: "2028-06-01T00:00:00Z",
    },
    producer: { id: "opr_1", handle: "htx", name: "HTX Dừa", type: "cooperative" },
    province: dir.provenance("ben-tre"),
    groupLabels: { vi: "Thực phẩm", en: "Food" },
    producerTypeLabels: { vi: "Hợp tác xã", en: "Cooperative" },
  }

  it("hold the badge, former and current province, and folded text to search", () => {
    const doc = toSearchDocument(source)
    expect(doc).toMatchObject({
      stars: 4,
      province_code: "ben-tre",
      current_province_code: "vinh-long",
      province_label: "Vĩnh Long (Bến Tre)",
      price_band: "under_100k",
    })
    expect(doc.title_text).toBe("keo dua cho lach")
    expect(doc.facts_text).toContain("ben tre vinh long")
    expect(doc.expires_at).toBe(Date.parse("2028-06-01T00:00:00Z"))
    expect(toHit(doc)).not.toHaveProperty("facts_text")
  })

  it("hash changes when what a shopper sees changes", () => {
    const doc = toSearchDocument(source)
    expect(documentHash(doc)).toBe(documentHash(toSearchDocument(source)))
    expect(documentHash({ ...doc, price: 90000 })).not.toBe(documentHash(doc))
  })

  it("price bands have exclusive upper bounds", () => {
    expect([priceBand(null), priceBand(99_999), priceBand(100_000), priceBand(999_999), priceBand(1_000_000)]).toEqual([
      null,
      "under_100k",
      "100k_200k",
      "500k_1m",
      "over_1m",
    ])
  })
})

describe("the store route's reading of parameters", () => {
  const base = { sort: "relevance" as const, page: 1, limit: 24 }

  it("resolves provinces by code or name, with or without diacritics, and refuses unknown ones", () => {
    const { query } = toEngineQuery({ ...base, province: ["Vinh Long", "ben-tre"] }, dir, 0)
    expect(query.filters.current_province_codes).toEqual(["vinh-long"])
    expect(query.filters.former_province_codes).toEqual(["ben-tre"])
    expect(() => toEngineQuery({ ...base, province: ["Atlantis"] }, dir, 0)).toThrow(/Atlantis/)
  })

  it("names facets: current provinces with the former units that count, all star levels", () => {
    const facets = describeFacets(
      {
        current_province_code: { "vinh-long": 3, "can-tho": 1 },
        province_code: { "ben-tre": 2, "vinh-long": 1, "soc-trang": 1 },
        stars: { "4": 4 },
        product_group: { food: 4 },
        producer_type: {},
        price_band: { under_100k: 4 },
      },
      dir
    )
    expect(facets.province[0]).toEqual({
      code: "vinh-long",
      name: "Vĩnh Long",
      count: 3,
      former: [{ code: "ben-tre", name: "Bến Tre", count: 2 }],
    })
    expect(facets.province[1].former).toEqual([{ code: "soc-trang", name: "Sóc Trăng", count: 1 }])
    expect(facets.stars).toEqual([
      { value: 5, count: 0 },
      { value: 4, count: 4 },
      { value: 3, count: 0 },
    ])
    expect(facets.price[0]).toEqual({ key: "under_100k", min: 0, max: 100_000, count: 4 })
  })
})

describe("the search answer cache", () => {
  const counts = {
    total: 3,
    facets: {
      current_province_code: { "vinh-long": 3 },
      province_code: {},
      stars: {},
      product_group: {},
      producer_type: {},
      price_band: {},
    },
  }

  it("serves counts until the first certificate among the matches expires", () => {
    const cache = new SearchCache<typeof counts>()
    cache.set("k", counts, 1_000, 3_000, "v1")
    expect(cache.get("k", 2_999, "v1")?.total).toBe(3)
    expect(cache.get("k", 3_000, "v1")).toBeNull()
  })

  it("answers only for the index version it was filled under: a write by any process ends it", () => {
    const cache = new SearchCache<typeof counts>()
    cache.set("k", counts, 1_000, null, "v1")
    expect(cache.get("k", 1_000_000, "v1")?.total).toBe(3)
    expect(cache.get("k", 1_001, "v2")).toBeNull()
    cache.invalidate()
    expect(cache.get("k", 1_001, "v1")).toBeNull()
  })

  it("keeps a bounded number of entries", () => {
    const cache = new SearchCache<typeof counts>(2)
    for (const k of ["a", "b", "c"]) cache.set(k, counts, 0, null, "v1")
    expect([cache.get("a", 1, "v1"), cache.get("b", 1, "v1")?.total, cache.get("c", 1, "v1")?.total]).toEqual([
      null,
      3,
      3,
    ])
  })
})
