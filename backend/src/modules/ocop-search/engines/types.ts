import type { SearchDocument, SearchHit } from "../lib/document"
import type { EngineQuery, FacetCounts } from "../lib/query"

export type EngineResult = { hits: SearchHit[]; total: number; facets: FacetCounts }

/** What every engine does; one contract test suite runs against each. */
export interface SearchEngine {
  readonly name: "postgres" | "meilisearch"
  /** index settings (Meilisearch); nothing to do for the embedded engine */
  applySettings(): Promise<void>
  upsert(docs: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** id -> content hash of every indexed document (for the drift check) */
  hashes(): Promise<Map<string, string>>
  get(ids: string[]): Promise<SearchDocument[]>
  clear(): Promise<void>
  search(query: EngineQuery): Promise<EngineResult>
  /** drops cached counts, for when the index changed behind this process's back */
  forgetCachedCounts(): void
}

export function emptyFacets(): FacetCounts {
  return {
    current_province_code: {},
    province_code: {},
    stars: {},
    product_group: {},
    producer_type: {},
    price_band: {},
  }
}
