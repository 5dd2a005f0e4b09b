import "server-only"
import { headers } from "next/headers"
import { sdk } from "../config"
import { sellerFetch } from "./seller-session"
import type { ProducerLot, StoreTraceResponse } from "../types"

/**
 * A scan of a stamp: the backend records it and answers what the stamp says.
 * The shopper's own address goes along (X-Forwarded-For), as the backend only
 * sees this server; it keeps a digest of the network, never the address.
 */
export async function scanTrace(code: string): Promise<StoreTraceResponse> {
  const h = await headers()
  const client = h.get("x-forwarded-for")?.split(",")[0].trim() || h.get("x-real-ip") || ""
  return sdk.client.fetch<StoreTraceResponse>(`/store/ocop/trace/${encodeURIComponent(code)}`, {
    method: "POST",
    body: {},
    headers: client ? { "x-forwarded-for": client } : {},
  })
}

/** The logged-in producer's lots. */
export async function getSellerLots(): Promise<ProducerLot[]> {
  return (await sellerFetch<{ lots: ProducerLot[] }>("/producer/lots")).lots
}
