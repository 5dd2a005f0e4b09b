import { SELLABLE_STARS } from "../../ocop/lib/constants"
import { FACET_FIELDS, EngineQuery, SearchFilters, SearchSort } from "./query"

/** Index settings: the same matching, typo and ranking behaviour as the embedded engine. */
export const MEILI_SETTINGS = {
  searchableAttributes: ["title_text", "facts_text", "description_text"],
  filterableAttributes: [
    "id",
    "expires_at",
    "current_province_code",
    "province_code",
    "stars",
    "product_group",
    "producer_type",
    "producer_id",
    "price",
    "price_band",
    "in_stock",
  ],
  sortableAttributes: ["price", "stars", "listed_at", "rating_average", "rating_count"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "stars:desc", "listed_at:desc"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 1_000_000 },
  faceting: { maxValuesPerFacet: 100 },
}

const quoted = (value: string) => JSON.stringify(value)

/**
 * A Meilisearch filter (outer array AND, inner arrays OR). The expiry instant
 * is part of every filter, so an expired certificate drops out of hits and
 * facet counts at once, without waiting for a sync.
 */
export function meiliFilter(f: SearchFilters, now: number): (string | string[])[] {
  const clauses: (string | string[])[] = [`expires_at > ${Math.floor(now)}`]
  const provinces = [
    ...f.current_province_codes.map((c) => `current_province_code = ${quoted(c)}`),
    ...f.former_province_codes.map((c) => `province_code = ${quoted(c)}`),
  ]
  if (provinces.length) clauses.push(provinces)
  if (f.stars.length < SELLABLE_STARS.length) clauses.push(`stars IN [${f.stars.join(", ")}]`)
  if (f.product_groups.length) clauses.push(`product_group IN [${f.product_groups.map(quoted).join(", ")}]`)
  if (f.producer_types.length) clauses.push(`producer_type IN [${f.producer_types.map(quoted).join(", ")}]`)
  if (f.producer_ids.length) clauses.push(`producer_id IN [${f.producer_ids.map(quoted).join(", ")}]`)
  if (f.price_min != null) clauses.push(`price >= ${f.price_min}`)
  if (f.price_max != null) clauses.push(`price <= ${f.price_max}`)
  if (f.in_stock != null) clauses.push(`in_stock = ${f.in_stock}`)
  if (f.excluded_ids.length) clauses.push(`NOT id IN [${f.excluded_ids.map(quoted).join(", ")}]`)
  return clauses
}

export function meiliSort(sort: SearchSort): string[] | undefined {
  switch (sort) {
    case "price_asc":
      return ["price:asc"]
    case "price_desc":
      return ["price:desc"]
    case "stars_desc":
      return ["stars:desc"]
    case "newest":
      return ["listed_at:desc"]
    case "rating_desc":
      return ["rating_average:desc", "rating_count:desc"]
    default:
      return undefined
  }
}

export function meiliSearchParams(q: EngineQuery) {
  return {
    filter: meiliFilter(q.filters, q.now),
    sort: meiliSort(q.sort),
    facets: [...FACET_FIELDS],
    page: q.page,
    hitsPerPage: q.limit,
    matchingStrategy: "all" as const,
  }
}
