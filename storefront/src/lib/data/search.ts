import "server-only"
import type { SearchResponse } from "../types"
import { storeGet } from "./backend"
import { searchQuery, type SearchParams } from "../search-url"

export type { SearchParams }

export async function searchProducts(params: SearchParams): Promise<SearchResponse> {
  return (await storeGet<SearchResponse>("/store/ocop/search", searchQuery(params)))!
}
