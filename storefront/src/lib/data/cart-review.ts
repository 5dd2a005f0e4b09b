import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getRegion, type ProductWithOcop } from "./catalogue"
import type { Provenance } from "../types"
import { productAvailability } from "./showrooms"

export type ItemProblem = { kind: "not_on_sale" } | { kind: "stock"; available: number }
/** The badge a line shows: its product's current certificate, as on the product page. */
export type LineBadge = Pick<Provenance, "stars" | "level" | "certificate_number">
export type CartReview = { problems: Map<string, ItemProblem>; badges: Map<string, LineBadge> }

/**
 * For each cart line, the product's badge, and why the line cannot be ordered
 * now: its product left sale (the store no longer lists it: certificate expired
 * or revoked) or too few units remain both for delivery and at any one
 * showroom (for pickup). Shown next to the line, before the order button.
 */
export async function reviewCart(cart: HttpTypes.StoreCart): Promise<CartReview> {
  const items = cart.items ?? []
  const problems = new Map<string, ItemProblem>()
  const badges = new Map<string, LineBadge>()
  if (!items.length) return { problems, badges }
  const ids = [...new Set(items.map((i) => i.product_id).filter(Boolean) as string[])]
  const [{ products }, availability] = await Promise.all([
    sdk.store.product.list({
      id: ids,
      region_id: (await getRegion()).id,
      fields: "id,variants.id",
      limit: ids.length,
    } as any),
    Promise.all(ids.map(async (id) => [id, await productAvailability(id)] as const)).then((pairs) => new Map(pairs)),
  ])
  for (const p of products as ProductWithOcop[]) {
    if (p.ocop)
      badges.set(p.id, { stars: p.ocop.stars, level: p.ocop.level, certificate_number: p.ocop.certificate_number })
  }
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
  return { problems, badges }
}
