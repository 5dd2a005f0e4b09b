import { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_SEARCH_MODULE } from "../../../modules/ocop-search"
import type OcopSearchService from "../../../modules/ocop-search/service"
import { documentHash } from "../../../modules/ocop-search/lib/document"
import { buildSearchDocuments } from "./search-documents"
import { countProducts, productIdPages } from "../../../medusa-tables/product-id-pages"

const PAGE = 500

type Progress = (done: number, total: number) => void

/**
 * Rebuilds the whole index from the catalogue, page by page, then removes
 * documents of products that no longer exist. Searches keep working meanwhile
 * (documents are replaced in place, never cleared first).
 */
export async function reindexSearch(container: MedusaContainer, onProgress: Progress = () => {}) {
  const search: OcopSearchService = container.resolve(OCOP_SEARCH_MODULE)
  const started = Date.now()
  const total = await countProducts(container)
  const before = new Set((await search.documentHashes()).keys())
  let done = 0
  let indexed = 0
  for await (const ids of productIdPages(container, PAGE)) {
    const { docs, absent } = await buildSearchDocuments(container, ids)
    await search.upsertDocuments(docs)
    await search.removeDocuments(absent.filter((id) => before.has(id)))
    for (const id of ids) before.delete(id)
    indexed += docs.length
    done += ids.length
    onProgress(done, total)
  }
  // what is left was indexed for products that are gone
  await search.removeDocuments([...before])
  return { products: total, indexed, removed: before.size, engine: search.engineName, ms: Date.now() - started }
}

export type SearchDrift = {
  engine: string
  expected: number
  indexed: number
  missing: string[]
  stale: string[]
  extra: string[]
}

/** Compares the index with what the catalogue says it should hold, document by document. */
export async function checkSearchDrift(
  container: MedusaContainer,
  onProgress: Progress = () => {}
): Promise<SearchDrift> {
  const search: OcopSearchService = container.resolve(OCOP_SEARCH_MODULE)
  const indexed = await search.documentHashes()
  const total = await countProducts(container)
  const seen = new Set<string>()
  const missing: string[] = []
  const stale: string[] = []
  let done = 0
  for await (const ids of productIdPages(container, PAGE)) {
    const { docs } = await buildSearchDocuments(container, ids)
    for (const doc of docs) {
      seen.add(doc.id)
      const hash = indexed.get(doc.id)
      if (!hash) missing.push(doc.id)
      else if (hash !== documentHash(doc)) stale.push(doc.id)
    }
    done += ids.length
    onProgress(done, total)
  }
  const extra = [...indexed.keys()].filter((id) => !seen.has(id))
  return { engine: search.engineName, expected: seen.size, indexed: indexed.size, missing, stale, extra }
}
