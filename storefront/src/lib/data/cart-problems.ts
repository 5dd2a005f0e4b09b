import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getRegion } from "./catalogue"

export type ItemProblem = { kind: "not_on_sale" } | { kind: "stock"; available: number }

/**
 * Why each cart line cannot be ordered now: its product left sale (the store
 * no longer lists it: certificate expired or revoked) or fewer units remain.
 * Shown next to the line, before the shopper reaches the order button.
 */
export async function cartProblems(cart: HttpTypes.StoreCart): Promise<Map<string, ItemProblem>> {
  const items = cart.items ?? []
  const problems = new Map<string, ItemProblem>()
  if (!items.length) return problems
  const ids = [...new Set(items.map((i) => i.product_id).filter(Boolean) as string[])]
  const { products } = await sdk.store.product.list({
    id: ids,
    region_id: (await getRegion()).id,
    fields: "id,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
    limit: ids.length,
  } as any)
  const variants = new Map(products.flatMap((p) => (p.variants ?? []).map((v: any) => [v.id, v])))
  for (const item of items) {
    const variant: any = variants.get(item.variant_id!)
    if (!variant) problems.set(item.id, { kind: "not_on_sale" })
    else if (variant.manage_inventory && !variant.allow_backorder && Number(variant.inventory_quantity) < Number(item.quantity)) {
      problems.set(item.id, { kind: "stock", available: Math.max(0, Number(variant.inventory_quantity)) })
    }
  }
  return problems
}
