import "server-only"
import { headers } from "next/headers"

/** Our own origin as the shopper reached it (for links that leave the page, such as a QR code's). */
export async function requestOrigin(): Promise<string> {
  const h = await headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000"
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`
}
