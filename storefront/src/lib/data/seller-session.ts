import "server-only"
import { cookies } from "next/headers"
import { sdk } from "../config"

const SELLER_COOKIE = "ocop_seller_jwt"
const secure = process.env.NODE_ENV === "production" && process.env.OCOP_INSECURE_COOKIES !== "true"

/** The producer portal's own login (actor type "producer"), apart from a shopper's. */
export async function sellerHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(SELLER_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setSellerToken(token: string) {
  ;(await cookies()).set(SELLER_COOKIE, token, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: 60 * 60 * 12 })
}

export async function clearSellerToken() {
  ;(await cookies()).delete(SELLER_COOKIE)
}

/** A call to the backend's producer routes as the logged-in member. */
export async function sellerFetch<T>(path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { method: init.method, body: init.body as any, query: init.query, headers: await sellerHeaders() })
}
