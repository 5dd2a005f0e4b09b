import "server-only"
import { storeGet } from "./backend"

export type PublicShowroom = {
  id: string
  handle: string
  name: string
  address: string
  commune: string
  province: { code: string; name: string }
  opening_hours: string | null
  phone: string | null
}

export type ShowroomHolding = { id: string; name: string; address: string; commune: string; opening_hours: string | null; on_hand: number }

export async function listShowrooms(): Promise<PublicShowroom[]> {
  return (await storeGet<{ showrooms: PublicShowroom[] }>("/store/ocop/showrooms"))?.showrooms ?? []
}

const recent = new Map<string, { value: ShowroomHolding[]; until: number }>()

/**
 * Showrooms holding a product, reused for 10 s like the product itself (the
 * counter is the real check); an empty list when the backend cannot say.
 */
export async function showroomsHolding(productId: string): Promise<ShowroomHolding[]> {
  const hit = recent.get(productId)
  if (hit && Date.now() < hit.until) return hit.value
  try {
    const value = (await storeGet<{ showrooms: ShowroomHolding[] }>(`/store/ocop/products/${encodeURIComponent(productId)}/showrooms`))?.showrooms ?? []
    if (recent.size > 2000) recent.delete(recent.keys().next().value!)
    recent.set(productId, { value, until: Date.now() + 10_000 })
    return value
  } catch {
    return []
  }
}
