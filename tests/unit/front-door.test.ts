import { describe, expect, it } from "vitest"
import type { IncomingMessage, ServerResponse } from "node:http"

// nothing listens on the discard port: the front door cannot read a version and hands the request on
process.env.MEDUSA_BACKEND_URL = "http://127.0.0.1:9"

describe("the storefront's front door", () => {
  it("never lets a shopper's own page-version header reach the render", async () => {
    const { frontDoor } = await import("../../storefront/server/front-door")
    const { PAGE_VERSION_HEADER } = await import("../../storefront/src/lib/kept-per-version")
    const seen: (string | string[] | undefined)[] = []
    const door = frontDoor(async (req) => {
      seen.push(req.headers[PAGE_VERSION_HEADER])
    })
    for (const url of ["/vi", "/vi/cart", "/vi/products/keo-dua"]) {
      const req = { method: "GET", url, headers: { host: "localhost", [PAGE_VERSION_HEADER]: "forged" } }
      await door(req as unknown as IncomingMessage, {} as ServerResponse)
    }
    expect(seen).toEqual([undefined, undefined, undefined])
  })
})
