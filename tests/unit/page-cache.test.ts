import { describe, expect, it } from "vitest"
import type { IncomingMessage } from "node:http"
import { gzipSync } from "node:zlib"
import { pageKey, showsStockCounts } from "../../storefront/server/cacheable"
import { plainOf, keepPage, keptPage } from "../../storefront/server/page-cache"
import { pageVersionOf } from "../../storefront/server/page-version"
import { keptPerVersion } from "../../storefront/src/lib/kept-per-version"

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers: { host: "cho-ocop.vn", ...headers } }) as unknown as IncomingMessage

describe("which storefront requests the page cache may answer", () => {
  it("catalogue pages an anonymous shopper loads, under their full address", () => {
    for (const url of [
      "/vi",
      "/en/",
      "/vi/search?q=tra&stars=5",
      "/vi/products/keo-dua",
      "/vi/products/keo-dua/reviews",
      "/en/provinces/80",
      "/vi/producers/htx-a",
    ])
      expect(pageKey(request(url)), url).toBe(`http://cho-ocop.vn${url}`)
    expect(pageKey(request("/vi", { "x-forwarded-host": "shop.vn", "x-forwarded-proto": "https" }))).toBe(
      "https://shop.vn/vi"
    )
  })

  it("never a signed-in shopper's page, a portal's, a cart's or an order's", () => {
    expect(pageKey(request("/vi/products/keo-dua", { cookie: "ocop_jwt=abc" }))).toBeNull()
    expect(pageKey(request("/vi", { cookie: "ocop_lang=vi; ocop_cart_id=cart_1; ocop_jwt=abc" }))).toBeNull()
    expect(pageKey(request("/vi", { cookie: "ocop_seller_jwt=abc" }))).toBeNull()
    for (const url of [
      "/vi/cart",
      "/vi/checkout",
      "/vi/account",
      "/vi/seller",
      "/vi/showroom",
      "/vi/orders/lookup",
      "/vi/trace/ABC",
    ])
      expect(pageKey(request(url, { cookie: "ocop_cart_id=cart_1" })), url).toBeNull()
  })

  it("the language and cart cookies change no catalogue page; other methods and Next's partial requests go to Next", () => {
    expect(pageKey(request("/vi", { cookie: "ocop_lang=en" }))).toBe("http://cho-ocop.vn/vi")
    expect(pageKey(request("/vi/products/keo-dua", { cookie: "ocop_cart_id=cart_1; ocop_cart_count=2" }))).toBe(
      "http://cho-ocop.vn/vi/products/keo-dua"
    )
    expect(pageKey(request("/vi", {}, "POST"))).toBeNull()
    expect(pageKey(request("/vi", {}, "HEAD"))).toBeNull()
    expect(pageKey(request("/vi", { "next-action": "abc" }))).toBeNull()
  })
})

describe("which kept pages follow the stock", () => {
  it("a product's page and its reviews do (units left); home, search, provinces and producers do not", () => {
    expect(["/vi/products/keo-dua", "/en/products/keo-dua/reviews"].map(showsStockCounts)).toEqual([true, true])
    expect(
      ["/vi", "/en/", "/vi/search?q=keo", "/vi/provinces/vinh-long", "/en/producers/htx-dua"].map(showsStockCounts)
    ).toEqual([false, false, false, false, false])
  })

  it("a backend that does not give the version without stock (older, mid-update) makes every page follow all", () => {
    const body = { version: "c:s:r:x", valid_until: null, now: 1 }
    expect(pageVersionOf(body).withoutStock).toBe("c:s:r:x")
    expect(pageVersionOf({ ...body, version_without_stock: "c:r:x" }).withoutStock).toBe("c:r:x")
  })
})

describe("a click to a catalogue page (Next's RSC payload)", () => {
  it("is kept apart from the page's HTML, under every header Next's answer varies by", () => {
    const click = (tree: string) =>
      pageKey(request("/vi/products/keo-dua?_rsc=1x2", { rsc: "1", "next-router-state-tree": tree }))
    expect(click("home")).toBe("http://cho-ocop.vn/vi/products/keo-dua?_rsc=1x2\nrsc: 1\nnext-router-state-tree: home")
    expect(click("search")).not.toBe(click("home"))
    expect(click("home")).not.toBe(pageKey(request("/vi/products/keo-dua")))
    expect(pageKey(request("/vi/cart?_rsc=1x2", { rsc: "1" }))).toBeNull()
    expect(pageKey(request("/vi/products/keo-dua?_rsc=1x2", { rsc: "1", cookie: "ocop_jwt=abc" }))).toBeNull()
  })
})

describe("a kept page", () => {
  const html = Buffer.from("<!DOCTYPE html><html><body>Kẹo dừa</body></html>")

  it("answers only under the version it was rendered at, and only before its end", () => {
    keepPage("k1", { headers: { "content-type": "text/html" }, body: html, gzipped: false }, "v1", 1000)
    expect(keptPage("k1", "v1", 999)?.plain).toEqual(html)
    expect(keptPage("k1", "v2", 999)).toBeNull()
    expect(keptPage("k1", "v1", 1000)).toBeNull()
  })

  it("kept as Next gzipped it, still sent plain to a client without gzip", () => {
    keepPage("k2", { headers: {}, body: gzipSync(html), gzipped: true }, "v1", Infinity)
    const page = keptPage("k2", "v1", 0)!
    expect(page.gzip).toBeDefined()
    expect(plainOf("k2", page)).toEqual(html)
    expect(page.etag).toMatch(/^W\/"/)
  })
})

describe("an answer kept per page version (the storefront's region)", () => {
  const counting = () => {
    let n = 0
    return { load: async () => `region ${++n}`, count: () => n }
  }

  it("is asked once per version, and again as soon as the version changes", async () => {
    const kept = keptPerVersion<string>()
    const backend = counting()
    expect(await kept("v1", backend.load)).toBe("region 1")
    expect(await kept("v1", backend.load)).toBe("region 1")
    expect(await kept("v2", backend.load)).toBe("region 2")
    expect(await kept("v1", backend.load)).toBe("region 3") // only the latest version's is kept
    expect(backend.count()).toBe(3)
  })

  it("is asked every time when the render has no version (a page the front door does not keep)", async () => {
    const kept = keptPerVersion<string>()
    const backend = counting()
    await kept(null, backend.load)
    await kept(undefined, backend.load)
    await kept("", backend.load)
    expect(backend.count()).toBe(3)
  })

  it("keeps no failed answer", async () => {
    const kept = keptPerVersion<string>()
    await expect(kept("v1", async () => Promise.reject(new Error("backend down")))).rejects.toThrow("backend down")
    expect(await kept("v1", async () => "region")).toBe("region")
  })
})
