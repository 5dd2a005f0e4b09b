import "server-only"
import { cookies } from "next/headers"
import { sdk } from "../config"

const secure = process.env.NODE_ENV === "production" && process.env.OCOP_INSECURE_COOKIES !== "true"

/**
 * A portal's own login (producer members, showroom staff), kept in its own
 * strict cookie, apart from a shopper's; calls to its backend routes carry it.
 */
export function portalSession(cookieName: string, maxAgeSeconds = 60 * 60 * 12) {
  const headers = async (): Promise<Record<string, string>> => {
    const token = (await cookies()).get(cookieName)?.value
    return token ? { authorization: `Bearer ${token}` } : {}
  }
  return {
    headers,
    async setToken(token: string) {
      ;(await cookies()).set(cookieName, token, {
        httpOnly: true,
        sameSite: "strict",
        secure,
        path: "/",
        maxAge: maxAgeSeconds,
      })
    },
    async clear() {
      ;(await cookies()).delete(cookieName)
    },
    async fetch<T>(
      path: string,
      init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}
    ): Promise<T> {
      return sdk.client.fetch<T>(path, {
        method: init.method,
        body: init.body as any,
        query: init.query,
        headers: await headers(),
      })
    },
  }
}
