import "server-only"
import { cookies } from "next/headers"

export const CART_COOKIE = "ocop_cart_id"
export const CART_COUNT_COOKIE = "ocop_cart_count"
export const AUTH_COOKIE = "ocop_jwt"

const secure = process.env.NODE_ENV === "production" && process.env.OCOP_INSECURE_COOKIES !== "true"
const httpOnly = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

export async function authHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...httpOnly, maxAge: 60 * 60 * 24 * 7 })
}

export async function clearAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** The cart id (httpOnly) and the item count the header shows (readable, not sensitive). */
export async function rememberCart(id: string, itemCount: number) {
  const jar = await cookies()
  jar.set(CART_COOKIE, id, { ...httpOnly, maxAge: 60 * 60 * 24 * 30 })
  jar.set(CART_COUNT_COOKIE, String(itemCount), { sameSite: "lax", secure, path: "/", maxAge: 60 * 60 * 24 * 30 })
}

export async function forgetCart() {
  const jar = await cookies()
  jar.delete(CART_COOKIE)
  jar.delete(CART_COUNT_COOKIE)
}
