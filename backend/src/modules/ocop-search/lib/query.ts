import { SELLABLE_STARS } from "../../ocop/lib/constants"
import { foldVietnamese } from "../../ocop/lib/text"
import type { ProvinceDirectory, ProvinceUnit } from "../../ocop/lib/provinces"
import type { PriceBand } from "./document"

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "stars_desc", "newest", "rating_desc"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** The filters of one search, already checked and resolved to codes. */
export type SearchFilters = {
  /** current (post-2025) units: includes products certified under their former units */
  current_province_codes: string[]
  /** former units named exactly: only products certified under that unit */
  former_province_codes: string[]
  /** exact star values (a minimum is expanded to its values) */
  stars: number[]
  product_groups: string[]
  producer_types: string[]
  producer_ids: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean | null
  /**
   * products that left sale before their certificate's expiry (revoked,
   * unpublished, deleted) and may still sit in the index: a sync can lag or
   * fail, and hits, total, pages and facet counts must all leave them out
   */
  excluded_ids: string[]
}

/** Filters with nothing chosen (every sellable star level), to build a search's own on. */
export const NO_FILTERS: Readonly<SearchFilters> = Object.freeze({
  current_province_codes: [],
  former_province_codes: [],
  stars: [...SELLABLE_STARS],
  product_groups: [],
  producer_types: [],
  producer_ids: [],
  price_min: null,
  price_max: null,
  in_stock: null,
  excluded_ids: [],
})

/** What an engine is asked: folded words, filters, order and page. */
export type EngineQuery = {
  terms: string[]
  filters: SearchFilters
  sort: SearchSort
  page: number
  limit: number
  /** the instant whose sellability counts: certificates expiring before it are filtered out */
  now: number
}

export type ProvinceMatch = { code: string; name: string; scope: "current" | "former" }

/** A current unit's name means the whole unit; a former unit's name means just that unit. */
export function provinceScope(unit: ProvinceUnit): ProvinceMatch {
  return { code: unit.code, name: unit.name, scope: unit.code === unit.current_code ? "current" : "former" }
}

/** Meilisearch's defaults, applied by both engines: 1 typo from 5 letters, 2 from 9. */
export function typoBudget(word: string): number {
  if (word.length >= 9) return 2
  if (word.length >= 5) return 1
  return 0
}

export const MAX_QUERY_WORDS = 10
const MAX_PROVINCE_WORDS = 4

/**
 * Folds the typed query into words and, when a run of words names a province
 * ("keo dua ben tre"), takes it out as a province filter instead, so "Bến Tre"
 * finds exactly that former province's products and "Vĩnh Long" the whole
 * merged province. Only when the caller did not pick a province explicitly.
 */
export function interpretText(
  q: string,
  directory: ProvinceDirectory,
  detectProvince: boolean
): { terms: string[]; province: ProvinceMatch | null } {
  const words = foldVietnamese(q).split(" ").filter(Boolean).slice(0, MAX_QUERY_WORDS)
  if (detectProvince) {
    for (let size = Math.min(MAX_PROVINCE_WORDS, words.length); size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const unit = directory.find(words.slice(start, start + size).join(" "))
        if (unit) {
          return { terms: [...words.slice(0, start), ...words.slice(start + size)], province: provinceScope(unit) }
        }
      }
    }
  }
  return { terms: words, province: null }
}

/** Exact star values from a list and/or a minimum; null when neither is given. */
export function starValues(exact: number[] | undefined, min: number | undefined): number[] {
  let values = exact?.length ? [...new Set(exact)] : [...SELLABLE_STARS]
  if (min != null) values = values.filter((s) => s >= min)
  return values.sort()
}

export type FacetCounts = {
  current_province_code: Record<string, number>
  province_code: Record<string, number>
  stars: Record<string, number>
  product_group: Record<string, number>
  producer_type: Record<string, number>
  price_band: Partial<Record<PriceBand, number>>
}

export const FACET_FIELDS = [
  "current_province_code",
  "province_code",
  "stars",
  "product_group",
  "producer_type",
  "price_band",
] as const
