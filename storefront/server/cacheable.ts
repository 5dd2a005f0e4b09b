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

/**
 * What Next's answer for a page varies by (its own Vary header, and the
 * intercepting-route header): a click to a page asks for its RSC payload from
 * the page the shopper is on, which is a different answer from the HTML.
 */
const NEXT_VARY = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"]

function onlyNeutralCookies(header: string | undefined) {
  if (!header) return true
  return header
    .split(";")
    .map((c) => c.split("=")[0].trim())
    .every((name) => !name || NEUTRAL_COOKIES.has(name))
}

/**
 * The key a request's page is kept under, or null when the page is the
 * shopper's own (a signed-in customer's, a portal's), a server action, or not
 * a catalogue page. The host is part of it: links in the page are made from
 * the address the shopper used when OCOP_SITE_URL is not set. So are the
 * headers Next varies by, when there are any (a client navigation's payload).
 */
export function pageKey(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url || req.headers["next-action"] !== undefined) return null
  if (!PAGES.test(req.url.split("?", 1)[0]) || !onlyNeutralCookies(req.headers.cookie)) return null
  const host = req.headers["x-forwarded-host"] ?? req.headers.host ?? ""
  const proto = req.headers["x-forwarded-proto"] ?? "http"
  const vary = NEXT_VARY.filter((h) => req.headers[h] !== undefined).map((h) => `\n${h}: ${req.headers[h]}`)
  return `${proto}://${host}${req.url}${vary.join("")}`
}

/**
 * Whether a kept page shows stock counts (a product's page: units left, at each showroom), so
 * orders and intakes change it. The other catalogue pages mark products in or out of stock from
 * the search index, whose own token they follow.
 */
export const showsStockCounts = (url: string) => /^\/(vi|en)\/products\//.test(url)
