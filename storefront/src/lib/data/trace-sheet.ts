import "server-only"
import { BACKEND_URL } from "../config"
import { sellerHeaders } from "./seller-session"

/** The backend's PDF of a lot's stamps, with the producer's login (bytes: not for the JSON SDK). */
export async function fetchLotSheet(lotId: string): Promise<Response> {
  return fetch(`${BACKEND_URL}/producer/lots/${encodeURIComponent(lotId)}/sheet`, {
    headers: await sellerHeaders(),
    cache: "no-store",
  })
}
