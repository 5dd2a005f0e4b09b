import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { sellableIds } from "../../../modules/ocop/lib/sellability"
import { provenanceFor } from "../provenance"
import { NO_PRODUCT } from "../../../medusa-tables/unsellable-products"
import { unsellablePublishedNow } from "../unsellable-now"
import { catalogueTokenOf } from "./cached-store-answer"
import { productIdsOfHandles } from "../../../medusa-tables/product-ids-of-handles"

/** The id constraint already on the request (from params or the sales-channel filter), as a list. */
function requestedIds(filter: unknown): string[] | undefined {
  if (filter == null) return undefined
  if (typeof filter === "string") return [filter]
  if (Array.isArray(filter)) return filter as string[]
  if (typeof filter === "object" && Array.isArray((filter as any).$in)) return (filter as any).$in
  return undefined
}

/**
 * A lookup by handle (the storefront's product page) names its few products:
 * their ids come from the handle index, so the rule checks those alone
 * instead of scanning the catalogue for unsellable products.
 */
async function idsOfHandles(req: MedusaRequest, filter: unknown): Promise<string[] | undefined> {
  const handles = requestedIds(filter)
  if (!handles || handles.length > 100 || handles.some((h) => typeof h !== "string")) return undefined
  return productIdsOfHandles(req.scope, handles)
}

/**
 * Runs after Medusa's own query middlewares on GET /store/products and
 * /store/products/:id, so uncertified products are neither listed nor found by
 * id or handle (404). A short id list (detail, Medusa's sales-channel filter on a
 * small catalogue) is narrowed to its sellable ids; otherwise the few unsellable
 * published products are excluded, which keeps large catalogues fast.
 */
export async function restrictToSellableProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const filters = (req.filterableFields ??= {}) as Record<string, unknown>
  const requested =
    requestedIds(filters.id) ??
    (req.params?.id ? [req.params.id] : undefined) ??
    (await idsOfHandles(req, filters.handle))
  const now = new Date()
  if (requested && requested.length <= 500) {
    const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
    const sellable = sellableIds(await ocop.sellability(requested, now), requested)
    if (req.params?.id && !sellable.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
    }
    filters.id = sellable.length ? sellable : [NO_PRODUCT]
    return next()
  }
  const unsellable = await unsellablePublishedNow(req.scope, catalogueTokenOf(req))
  if (requested) {
    const excluded = new Set(unsellable)
    const kept = requested.filter((id) => !excluded.has(id))
    filters.id = kept.length ? kept : [NO_PRODUCT]
  } else if (unsellable.length) {
    filters.id = { $nin: unsellable }
  }
  next()
}

/** Adds `ocop` (badge and provenance) to every product in the JSON response. */
export function attachOcopProvenance(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: any) => {
    const products: any[] = body?.products ?? (body?.product ? [body.product] : [])
    if (!products.length) return json(body)
    provenanceFor(
      req.scope,
      products.map((p) => p.id)
    )
      .then((map) => {
        for (const p of products) p.ocop = map.get(p.id) ?? null
        json(body)
      })
      .catch(next)
    return res
  }) as typeof res.json
  next()
}
