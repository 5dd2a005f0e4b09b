import type { IncomingMessage } from "node:http"

/*
 * Which requests the page cache may answer: a shopper's load of a catalogue
 * page (home, search, a product, its reviews, a province, a producer), the
 * same for everyone who is not signed in (the header reads the cart's count
 * in the browser, modules/layout/components/cart-link.tsx).
 */

const PAGES = /^\/(vi|en)(\/search|\/products\/[^/]+(\/reviews)?|\/provinces\/[^/]+|\/producers\/[^/]+)?\/?$/

/**
 * Cookies that change no catalogue page: the language the shopper chose (it
 * is in the path) and the cart's (only the cart and checkout pages read them).
 */
const NEUTRAL_COOKIES = new Set(["ocop_lang", "ocop_cart_id", "ocop_cart_count"])

/** Next's own requests for parts of a page (client navigation, prefetch, server actions), which vary by header. */
const NEXT_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
]

function onlyNeutralCookies(header: string | undefined) {
  if (!header) return true
  return header
    .split(";")
    .map((c) => c.split("=")[0].trim())
    .every((name) => !name || NEUTRAL_COOKIES.has(name))
}

/**
 * The key a request's page is kept under, or null when the page is the
 * shopper's own (a signed-in customer's, a portal's) or not a catalogue page. The host is part of it: links in the page are made
 * from the address the shopper used when OCOP_SITE_URL is not set.
 */
export function pageKey(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url) return null
  const [path, query] = req.url.split("?", 2)
  if (!PAGES.test(path) || (query && /(^|&)_rsc=/.test(query))) return null
  if (!onlyNeutralCookies(req.headers.cookie) || NEXT_HEADERS.some((h) => req.headers[h] !== undefined)) return null
  const host = req.headers["x-forwarded-host"] ?? req.headers.host ?? ""
  const proto = req.headers["x-forwarded-proto"] ?? "http"
  return `${proto}://${host}${req.url}`
}
