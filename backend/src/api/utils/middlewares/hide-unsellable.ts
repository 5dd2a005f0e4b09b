import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NO_PRODUCT } from "../../../medusa-tables/unsellable-products"
import { unsellablePublishedNow } from "../unsellable-now"

/**
 * Medusa's variant routes: variants of products the OCOP rule keeps off sale are
 * neither listed nor found by id. Runs after Medusa's own query middlewares.
 */
export async function restrictVariantsToSellable(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const unsellable = await unsellablePublishedNow(req.scope)
  if (!unsellable.length) return next()
  const filters = (req.filterableFields ??= {}) as Record<string, unknown>
  const requested = filters.product_id
  if (requested == null) {
    filters.product_id = { $nin: unsellable }
  } else {
    const excluded = new Set(unsellable)
    const list = (Array.isArray(requested) ? requested : [requested]) as string[]
    const kept = list.filter((id) => !excluded.has(id))
    filters.product_id = kept.length ? kept : [NO_PRODUCT]
  }
  next()
}

/** Removes unsellable products from every `products` list nested in a response. */
function scrub(value: unknown, excluded: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) scrub(item, excluded)
    return
  }
  if (!value || typeof value !== "object") return
  for (const [key, child] of Object.entries(value)) {
    if (key === "products" && Array.isArray(child)) {
      ;(value as any)[key] = child.filter((p: any) => !excluded.has(p?.id))
    }
    scrub((value as any)[key], excluded)
  }
}

function hasProducts(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProducts)
  if (!value || typeof value !== "object") return false
  return Object.entries(value).some(
    ([key, child]) => (key === "products" && Array.isArray(child)) || hasProducts(child)
  )
}

/**
 * Categories, collections, tags and types can expand their products; those
 * the OCOP rule keeps off sale are removed from such responses.
 */
export function hideUnsellableNestedProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: any) => {
    if (!hasProducts(body)) return json(body) // nothing expanded, no query needed
    unsellablePublishedNow(req.scope)
      .then((ids) => {
        if (ids.length) scrub(body, new Set(ids))
        json(body)
      })
      .catch(next)
    return res
  }) as typeof res.json
  next()
}
