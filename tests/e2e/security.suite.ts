// Secrets the backend holds, set as this file loads, before the backend loads its config
// (secrets-backend.test.ts imports it first): none may reach a browser.
const SECRETS = {
  STRIPE_API_KEY: "sk_test_SECRET_must_never_reach_a_browser_4242",
  STRIPE_WEBHOOK_SECRET: "whsec_SECRET_must_never_reach_a_browser",
  MEILISEARCH_API_KEY: "meili_admin_SECRET_must_never_reach_a_browser",
  JWT_SECRET: "jwt_SECRET_must_never_reach_a_browser",
}
Object.assign(process.env, SECRETS)

import type { Page } from "playwright-core"
import { Modules } from "@medusajs/framework/utils"
import type { Suite } from "../support/backend-app"
import { storeCheckout } from "../support/checkout"
import { useStorefront } from "../support/browser"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { OCOP_SEARCH_MODULE } from "../../backend/src/modules/ocop-search"

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"><svg onload="window.__xss=3">`

/**
 * What a producer or shopper types is shown as text on every page that shows
 * it, never run as markup; pages carry security headers; and no secret of the
 * backend is ever in a page or a script the browser loads.
 */
export const securityPages: Suite = (ctx) => {
  const env = useStorefront(ctx)

  async function noScriptRan(page: Page, path: string, text: string) {
    const dialogs: string[] = []
    page.on("dialog", (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const res = await page.goto(env.url + path)
    expect(res!.status(), path).toBe(200)
    await page.waitForLoadState("networkidle")
    expect(await page.evaluate(() => (window as any).__xss), `script ran on ${path}`).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(await page.locator("body").innerText(), path).toContain(text)
  }

  it("stored markup in product, producer and order text shows as text and never runs", async () => {
    const productId = ctx.productIdByHandle.get("keo-dua-cho-lach")!
    await ctx
      .container()
      .resolve(Modules.PRODUCT)
      .updateProducts(productId, { description: `Mô tả ${PAYLOAD}`, subtitle: `Phụ đề ${PAYLOAD}` })
    const ocop = ctx.container().resolve(OCOP_MODULE)
    const [htx] = await ocop.listOcopProducers({ handle: "htx-dua-cho-lach" })
    await ocop.updateOcopProducers({ id: htx.id, description: `Giới thiệu ${PAYLOAD}` })
    ctx.container().resolve(OCOP_SEARCH_MODULE).forgetCachedCounts()

    // a shopper's name and address with markup, through a real checkout
    const checkout = storeCheckout(ctx)
    const [variant] = await ctx.container().resolve(Modules.PRODUCT).listProductVariants({ product_id: productId })
    const cart = await checkout.cartOf(variant.id, 1, "xss@example.vn")
    await ctx.api.post(
      `/store/carts/${cart}`,
      {
        shipping_address: {
          first_name: `Lan ${PAYLOAD}`,
          last_name: "",
          address_1: `12 ${PAYLOAD}`,
          city: "Phường Long Châu",
          province: "vinh-long",
          country_code: "vn",
          phone: "0901234567",
        },
      },
      ctx.storeHeaders
    )
    await checkout.ready(cart, "Giao hàng tiêu chuẩn", "pp_cod_cod")
    const placed = await checkout.complete(cart)
    expect(placed.data.type).toBe("order")

    const page = await env.browser.newPage()
    await noScriptRan(page, "/vi/products/keo-dua-cho-lach", `Mô tả ${PAYLOAD}`)
    await noScriptRan(page, "/vi/producers/htx-dua-cho-lach", `Giới thiệu ${PAYLOAD}`)
    await noScriptRan(page, `/vi/orders/${placed.data.order.id}/confirmed`, `Lan ${PAYLOAD}`)
    await noScriptRan(page, `/vi/search?q=${encodeURIComponent(PAYLOAD)}`, "")
    await page.close()
  })

  it("sends security headers, and no page or script the browser loads holds a backend secret", async () => {
    const pages = [
      "/vi",
      "/vi/products/keo-dua-cho-lach",
      "/vi/search?q=keo",
      "/vi/cart",
      "/vi/checkout",
      "/vi/account",
      "/vi/seller",
      "/vi/showroom",
      "/vi/showrooms",
    ]
    const page = await env.browser.newPage()
    const loaded: string[] = []
    page.on("response", async (r) => {
      if (r.url().startsWith(env.url)) loaded.push(await r.text().catch(() => ""))
    })
    for (const path of pages) {
      const res = await page.goto(env.url + path)
      expect(res!.status(), path).toBeLessThan(400)
      const headers = res!.headers()
      expect(headers["content-security-policy"]).toMatch(/object-src 'none'.*frame-ancestors 'none'/)
      expect(headers["x-frame-options"]).toBe("DENY")
      expect(headers["x-content-type-options"]).toBe("nosniff")
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
      expect(headers["x-powered-by"]).toBeUndefined()
      await page.waitForLoadState("networkidle")
    }
    await page.close()
    expect(loaded.length).toBeGreaterThan(pages.length)
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(
        loaded.some((body) => body.includes(secret)),
        `${name} reached the browser`
      ).toBe(false)
    }
    // nor does the store API say it
    const { data } = await ctx.api.get(
      `/store/payment-providers?region_id=${(await ctx.api.get("/store/regions", ctx.storeHeaders)).data.regions[0].id}`,
      ctx.storeHeaders
    )
    expect(JSON.stringify(data)).not.toContain(SECRETS.STRIPE_API_KEY)
  })
}
