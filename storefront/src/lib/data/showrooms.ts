import "server-only"
import { storeGet } from "./backend"
import type { ProductAvailability, PublicShowroom, StoreOcopShowroomsResponse } from "../types"

export async function listShowrooms(): Promise<PublicShowroom[]> {
  return (await storeGet<StoreOcopShowroomsResponse>("/store/ocop/showrooms"))?.showrooms ?? []
}

const recent = new Map<string, { value: ProductAvailability; until: number }>()

/**
 * Where a product can be had, reused for 10 s like the product itself
 * (`fresh` for the cart and checkout, which must not block on a stale
 * figure); null when the backend cannot say.
 */
export async function productAvailability(productId: string, fresh = false): Promise<ProductAvailability | null> {
  const hit = recent.get(productId)
  if (!fresh && hit && Date.now() < hit.until) return hit.value
  try {
    const value = await storeGet<ProductAvailability>(
      `/store/ocop/products/${encodeURIComponent(productId)}/availability`
    )
    if (!value) return null
    if (recent.size > 2000) recent.delete(recent.keys().next().value!)
    recent.set(productId, { value, until: Date.now() + 10_000 })
    return value
  } catch {
    return null
  }
}
