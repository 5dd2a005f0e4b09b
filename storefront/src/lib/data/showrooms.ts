import "server-only"
import { storeGet } from "./backend"
import type { ProductAvailability, PublicShowroom, StoreOcopShowroomsResponse } from "../types"

export async function listShowrooms(): Promise<PublicShowroom[]> {
  return (await storeGet<StoreOcopShowroomsResponse>("/store/ocop/showrooms"))?.showrooms ?? []
}

/**
 * Where a product can be had, asked at each render: the backend keeps the
 * answer while it is exact (its store answer cache), so a product that sells
 * out says so on the very next page. Null when the backend cannot say.
 */
export async function productAvailability(productId: string): Promise<ProductAvailability | null> {
  try {
    return await storeGet<ProductAvailability>(`/store/ocop/products/${encodeURIComponent(productId)}/availability`)
  } catch {
    return null
  }
}
