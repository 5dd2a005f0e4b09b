import "server-only"
import type { SearchResponse } from "../types"
import { storeGet } from "./backend"

/** Search parameters as the URL carries them (the storefront's state lives in the URL). */
export type SearchParams = Record<string, string | string[] | undefined>

const PASSED = ["q", "province", "stars", "stars_min", "group", "producer_type", "producer", "price_min", "price_max", "in_stock", "sort", "page", "limit"]

export function searchQuery(params: SearchParams): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of PASSED) {
    const value = params[key]
    if (value != null && value !== "") query[key] = Array.isArray(value) ? value.join(",") : value
  }
  return query
}

export async function searchProducts(params: SearchParams): Promise<SearchResponse> {
  return (await storeGet<SearchResponse>("/store/ocop/search", searchQuery(params)))!
}
