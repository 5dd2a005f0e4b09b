import { MedusaError } from "@medusajs/framework/utils"
import type { ProvinceDirectory } from "../../../../modules/ocop/lib/provinces"
import {
  PRODUCER_TYPE_LABELS,
  PRODUCT_GROUP_LABELS,
  ProducerType,
  ProductGroup,
  SELLABLE_STARS,
} from "../../../../modules/ocop/lib/constants"
import { PRICE_BANDS } from "../../../../modules/ocop-search/lib/document"
import {
  EngineQuery,
  FacetCounts,
  interpretText,
  ProvinceMatch,
  provinceScope,
  SearchSort,
  starValues,
} from "../../../../modules/ocop-search/lib/query"

export type SearchParams = {
  q?: string
  province?: string[]
  stars?: number[]
  stars_min?: number
  group?: string[]
  producer_type?: string[]
  /** producer ids (the route resolves handles) */
  producer_ids?: string[]
  price_min?: number
  price_max?: number
  in_stock?: boolean
  /** products off sale that the index may still hold (the route finds them) */
  excluded_ids?: string[]
  sort: SearchSort
  page: number
  limit: number
}

/**
 * Turns validated search parameters into an engine query: provinces resolved
 * to current or former units (a name found in the text counts as a province
 * filter), stars to exact values. Unknown provinces are a 400.
 */
export function toEngineQuery(
  params: SearchParams,
  directory: ProvinceDirectory,
  now: number
): { query: EngineQuery; provinces: ProvinceMatch[]; provinceFromText: ProvinceMatch | null } {
  const provinces = (params.province ?? []).map((value) => {
    const unit = directory.find(value)
    if (!unit) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không có tỉnh/thành "${value.slice(0, 80)}" (unknown province)`
      )
    }
    return provinceScope(unit)
  })
  const { terms, province: provinceFromText } = interpretText(params.q ?? "", directory, provinces.length === 0)
  const all = provinceFromText ? [provinceFromText] : provinces
  return {
    provinces,
    provinceFromText,
    query: {
      terms,
      filters: {
        current_province_codes: all.filter((p) => p.scope === "current").map((p) => p.code),
        former_province_codes: all.filter((p) => p.scope === "former").map((p) => p.code),
        stars: starValues(params.stars, params.stars_min),
        product_groups: params.group ?? [],
        producer_types: params.producer_type ?? [],
        producer_ids: params.producer_ids ?? [],
        price_min: params.price_min ?? null,
        price_max: params.price_max ?? null,
        in_stock: params.in_stock ?? null,
        excluded_ids: params.excluded_ids ?? [],
      },
      sort: params.sort,
      page: params.page,
      limit: params.limit,
      now,
    },
  }
}

/** Facet counts with names and labels: current provinces with their former units, every star level, bands. */
export function describeFacets(counts: FacetCounts, directory: ProvinceDirectory) {
  const provinces = Object.entries(counts.current_province_code)
    .map(([code, count]) => {
      const unit = directory.unit(code)
      const former = directory
        .formerUnitsOf(code)
        .filter((f) => f.code !== code && counts.province_code[f.code])
        .map((f) => ({ code: f.code, name: f.name, count: counts.province_code[f.code] }))
      return { code, name: unit?.name ?? code, count, former }
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"))
  return {
    province: provinces,
    stars: SELLABLE_STARS.map((value) => ({ value, count: counts.stars[String(value)] ?? 0 })),
    group: Object.entries(counts.product_group)
      .map(([code, count]) => ({ code, label: PRODUCT_GROUP_LABELS[code as ProductGroup], count }))
      .sort((a, b) => b.count - a.count),
    producer_type: Object.entries(counts.producer_type)
      .map(([code, count]) => ({ code, label: PRODUCER_TYPE_LABELS[code as ProducerType], count }))
      .sort((a, b) => b.count - a.count),
    price: PRICE_BANDS.map((b) => ({ key: b.key, min: b.min, max: b.max, count: counts.price_band[b.key] ?? 0 })),
  }
}
