import "server-only"
import type { StoreOcopCommunesResponse } from "../types"
import { storeGet } from "./backend"

/** Today's communes and wards of a province (its marketplace code); null when there is no such province. */
export async function listCommunes(provinceCode: string): Promise<StoreOcopCommunesResponse | null> {
  if (!/^[a-z0-9-]{1,40}$/.test(provinceCode)) return null
  return storeGet<StoreOcopCommunesResponse>(`/store/ocop/provinces/${provinceCode}/communes`)
}
