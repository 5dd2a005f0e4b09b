import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getRegion } from "./catalogue"
import { productAvailability } from "./showrooms"

export type ItemProblem = { kind: "not_on_sale" } | { kind: "stock"; available: number }

/**
 * Why each cart line cannot be ordered now: its product left sale (the store
 * no longer lists it: certificate expired or revoked) or too few units remain
 * both for delivery and at any one showroom (for pickup). Shown next to the
 * line, before the shopper reaches the order button.
 */
export async function cartProblems(cart: HttpTypes.StoreCart): Promise<Map<string, ItemProblem>> {
  const items = cart.items ?? []
  const problems = new Map<string, ItemProblem>()
  if (!items.length) return problems
  const ids = [...new Set(items.map((i) => i.product_id).filter(Boolean) as string[])]
  const [{ products }, availability] = await Promise.all([
    sdk.store.product.list({ id: ids, region_id: (await getRegion()).id, fields: "id,variants.id", limit: ids.length } as any),
    Promise.all(ids.map(async (id) => [id, await productAvailability(id, true)] as const)).then((pairs) => new Map(pairs)),
  ])
  const onSale = new Set(products.flatMap((p) => (p.variants ?? []).map((v) => v.id)))
  for (const item of items) {
    if (!onSale.has(item.variant_id!)) {
      problems.set(item.id, { kind: "not_on_sale" })
      continue
    }
    const where = availability.get(item.product_id!)
    const online = where?.online[item.variant_id!]
    if (!where || online == null) continue // not limited, or the backend cannot say: checkout checks
    const best = Math.max(online, ...where.showrooms.map((s) => s.available))
    if (best < Number(item.quantity)) problems.set(item.id, { kind: "stock", available: best })
  }
  return problems
}
