import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { OCOP_SEARCH_MODULE } from "../../../../modules/ocop-search"
import type OcopSearchService from "../../../../modules/ocop-search/service"
import { catalogueTokenOf } from "../../../utils/middlewares/cached-store-answer"
import { offSaleBeforeExpiryNow } from "../../../utils/unsellable-now"
import { describeFacets, toEngineQuery } from "./search-request"
import type { StoreSearchParams } from "./validators"

/**
 * Product search for the storefront: hits with badge, provenance, price and
 * availability, the total, facet counts and the time taken. Only products on
 * sale at this instant: the expiry is part of the engine's filter.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const started = performance.now()
  const params = req.validatedQuery as unknown as StoreSearchParams
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const directory = await ocop.getProvinceDirectory()
  const search: OcopSearchService = req.scope.resolve(OCOP_SEARCH_MODULE)
  let producer_ids: string[] | undefined
  if (params.producer) {
    const [producer] = await ocop.listOcopProducers({ handle: params.producer }, { select: ["id"] })
    // an unknown producer has no products: an empty result, not an error
    producer_ids = [producer?.id ?? "none"]
  }
  const now = Date.now()
  // The index is kept in step by events; should a sync lag or fail, products
  // that left sale since are excluded in the engine's own query, so hits, total,
  // pages and facet counts all leave them out (expiry is the engine's filter).
  const excluded_ids = await offSaleBeforeExpiryNow(req.scope, catalogueTokenOf(req))
  const { query, provinces, provinceFromText } = toEngineQuery(
    { ...params, producer_ids, excluded_ids },
    directory,
    now
  )
  const result = await search.search(query)
  // and each hit shown is checked against the rule itself at the same instant
  const answers = await ocop.sellability(
    result.hits.map((h) => h.id),
    new Date(now)
  )
  res.json({
    hits: result.hits.filter((h) => answers.get(h.id)?.sellable),
    total: result.total,
    page: query.page,
    limit: query.limit,
    pages: Math.ceil(result.total / query.limit),
    facets: describeFacets(result.facets, directory),
    query: { q: params.q ?? "", terms: query.terms, sort: query.sort, provinces, province_from_text: provinceFromText },
    engine: search.engineName,
    took_ms: Math.round((performance.now() - started) * 10) / 10,
  })
}
