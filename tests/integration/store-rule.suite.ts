import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import type { Suite } from "../support/backend-app"
import { keoDuaFiveStarCertificate, SELLABLE_HANDLES, UNSELLABLE_HANDLES } from "../support/fixtures"
import { bearer, memberOf } from "../support/actors"
import { eventually } from "../support/eventually"
import { ruleFormsSuite } from "../support/rule-forms-suite"
import { serveStorefront } from "../support/browser"
import { storeCacheSuite } from "../support/store-cache-suite"

/** Axios rejects on 4xx; return the response either way. */
const settle = (p: Promise<any>) => p.catch((e) => e.response ?? Promise.reject(e))

export const storeRule: Suite = (ctx) => {
  const store = () => ctx.storeHeaders
  const idOf = (handle: string) => ctx.productIdByHandle.get(handle)!

  describe("store product list and detail", () => {
    it("lists only products with a valid certificate, with badge and provenance", async () => {
      const res = await ctx.api.get("/store/products?limit=100", store())
      expect(res.status).toBe(200)
      const handles = res.data.products.map((p: any) => p.handle).sort()
      expect(handles).toEqual([...SELLABLE_HANDLES].sort())
      expect(res.data.count).toBe(SELLABLE_HANDLES.length)

      const keo = res.data.products.find((p: any) => p.handle === "keo-dua-cho-lach")
      expect(keo.ocop).toMatchObject({
        stars: 4,
        level: "provincial",
        product_group: "food",
        certificate_number: "T-BT-1",
        decision_number: "1234/QĐ-UBND",
        issuing_authority: "UBND tỉnh Bến Tre",
        commune: "Xã Hòa Nghĩa",
        province: {
          former: { code: "ben-tre", name: "Bến Tre" },
          current: { code: "vinh-long", name: "Vĩnh Long" },
          label: "Vĩnh Long (Bến Tre)",
        },
        producer: { name: "Hợp tác xã Dừa Chợ Lách", handle: "htx-dua-cho-lach", type: "cooperative" },
      })
      expect(new Date(keo.ocop.expires_at).toISOString()).toBe("2028-05-31T17:00:00.000Z")
      const durian = res.data.products.find((p: any) => p.handle === "sau-rieng-cho-lach")
      expect(durian.ocop).toMatchObject({ stars: 5, level: "national" })
    })

    it.each(UNSELLABLE_HANDLES)("hides %s from a lookup by handle", async (handle) => {
      const res = await ctx.api.get(`/store/products?handle=${handle}`, store())
      expect(res.data.products).toEqual([])
      expect(res.data.count).toBe(0)
    })

    it.each(UNSELLABLE_HANDLES)("answers 404 for %s by id", async (handle) => {
      const res = await settle(ctx.api.get(`/store/products/${idOf(handle)}`, store()))
      expect(res.status).toBe(404)
    })

    it("shows a valid product by id with its provenance", async () => {
      const res = await ctx.api.get(`/store/products/${idOf("vai-thieu-luc-ngan")}`, store())
      expect(res.status).toBe(200)
      expect(res.data.product.ocop).toMatchObject({
        stars: 3,
        geographical_indication: "Vải thiều Lục Ngạn",
        province: { label: "Bắc Ninh (Bắc Giang)" },
      })
    })

    it("drops a product from the list the moment its certificate is revoked", async () => {
      const ocop = ctx.container().resolve(OCOP_MODULE)
      const [c] = await ocop.listOcopCertificates({ certificate_number: "T-BT-1" })
      await ctx.api.post(
        `/admin/ocop/certificates/${c.id}/status`,
        { status: "revoked", reason: "Kiểm tra lại" },
        ctx.adminHeaders
      )
      const res = await ctx.api.get("/store/products?limit=100", store())
      expect(res.data.products.map((p: any) => p.handle)).not.toContain("keo-dua-cho-lach")
      const detail = await settle(ctx.api.get(`/store/products/${idOf("keo-dua-cho-lach")}`, store()))
      expect(detail.status).toBe(404)
    })
  })

  describe("a product page's one answer (GET /store/ocop/product-pages/:handle)", () => {
    const regionId = async () => (await ctx.api.get("/store/regions", store())).data.regions[0].id as string
    const page = async (handle: string, query: string, headers = store()) =>
      settle(ctx.api.get(`/store/ocop/product-pages/${handle}${query}`, headers))

    it("says what Medusa's product route and the availability route say, in one answer", async () => {
      const region = await regionId()
      const fields =
        "id,handle,title,subtitle,description,thumbnail,metadata,images.id,images.url,variants.id,variants.title,variants.sku,*variants.calculated_price"
      const medusa = (
        await ctx.api.get(`/store/products?handle=keo-dua-cho-lach&region_id=${region}&fields=${fields}`, store())
      ).data.products[0]
      const availability = (await ctx.api.get(`/store/ocop/products/${idOf("keo-dua-cho-lach")}/availability`, store()))
        .data
      const res = await page("keo-dua-cho-lach", `?region_id=${region}`)
      expect(res.status).toBe(200)
      expect(res.data.product).toEqual(medusa)
      expect(res.data.product.variants[0].calculated_price.calculated_amount).toBeGreaterThan(0)
      expect(res.data.product.ocop.certificate_number).toBe("T-BT-1")
      expect(res.data.availability).toEqual(availability)
      const reviews = (
        await ctx.api.get(`/store/ocop/products/${idOf("keo-dua-cho-lach")}/reviews?sort=newest&limit=5`, store())
      ).data
      expect(res.data.reviews).toEqual(reviews)
    })

    it("answers 404 for a product off sale or unknown, and 400 without a region, with a message", async () => {
      const region = await regionId()
      for (const handle of ["fixture-expired", "khong-co-san-pham-nay"]) {
        const res = await page(handle, `?region_id=${region}`)
        expect(res.status, handle).toBe(404)
        expect(res.data.message).toMatch(/không có sản phẩm này đang bán/i)
      }
      const noRegion = await page("keo-dua-cho-lach", "")
      expect(noRegion.status).toBe(400)
      expect(noRegion.data.message).toMatch(/region_id is required/)
      const unknownRegion = await page("keo-dua-cho-lach", "?region_id=reg_khong_co")
      expect(unknownRegion.status).toBe(400)
      expect(unknownRegion.data.message).toMatch(/no such region/)
    })

    it("shows a publishable key only the products of its own sales channels", async () => {
      const region = await regionId()
      const admin = ctx.adminHeaders
      const channel = (await ctx.api.post("/admin/sales-channels", { name: "Quầy khác" }, admin)).data.sales_channel
      const key = (await ctx.api.post("/admin/api-keys", { title: "Quầy khác", type: "publishable" }, admin)).data
        .api_key
      await ctx.api.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] }, admin)
      const other = { headers: { "x-publishable-api-key": key.token } }
      // Medusa's own route lists nothing of the marketplace's channel to that key, and neither does the page
      const medusa = await ctx.api.get(`/store/products?handle=keo-dua-cho-lach&region_id=${region}`, other)
      expect(medusa.data.products).toEqual([])
      expect((await page("keo-dua-cho-lach", `?region_id=${region}`, other)).status).toBe(404)
      expect((await page("keo-dua-cho-lach", `?region_id=${region}`)).status).toBe(200)
    })
  })

  describe("other store routes that show products", () => {
    it("lists and finds only variants of sellable products", async () => {
      const res = await ctx.api.get("/store/product-variants?limit=100&fields=id,product_id", store())
      const productIds = new Set(res.data.variants.map((v: any) => v.product_id))
      for (const handle of UNSELLABLE_HANDLES) expect(productIds.has(idOf(handle))).toBe(false)
      expect(res.data.count).toBe(SELLABLE_HANDLES.length)
      const [hidden] = await ctx
        .container()
        .resolve(Modules.PRODUCT)
        .listProductVariants({ product_id: idOf("fixture-revoked") })
      expect((await settle(ctx.api.get(`/store/product-variants/${hidden.id}`, store()))).status).toBe(404)
      const asked = await ctx.api.get(`/store/product-variants?product_id=${idOf("fixture-none")}`, store())
      expect(asked.data.variants).toEqual([])
    })

    it("leaves unsellable products out of a collection's products", async () => {
      const created = await ctx.api.post(
        "/admin/collections",
        { title: "Quà Tết", handle: "qua-tet" },
        ctx.adminHeaders
      )
      const collectionId = created.data.collection.id
      await ctx.api.post(
        `/admin/collections/${collectionId}/products`,
        { add: [idOf("keo-dua-cho-lach"), idOf("fixture-expired"), idOf("fixture-none")] },
        ctx.adminHeaders
      )
      const res = await ctx.api.get(`/store/collections/${collectionId}?fields=*products`, store())
      expect(res.data.collection.products.map((p: any) => p.handle)).toEqual(["keo-dua-cho-lach"])
      const list = await ctx.api.get(`/store/collections?fields=*products`, store())
      expect(list.data.collections[0].products.map((p: any) => p.handle)).toEqual(["keo-dua-cho-lach"])
    })
  })

  ruleFormsSuite(ctx)

  describe("with a storefront on this backend", () => {
    let shop: Awaited<ReturnType<typeof serveStorefront>> | undefined
    beforeAll(async () => {
      shop = await serveStorefront(ctx.api.defaults.baseURL, ctx.storeHeaders.headers["x-publishable-api-key"])
    }, 600_000)
    afterAll(() => shop?.stop())

    storeCacheSuite(() => ({
      read: async (path) => {
        const r = await settle(ctx.api.get(path, store()))
        return { status: r.status, data: r.data, cache: r.headers["x-ocop-cache"] }
      },
      admin: async (method, path, body) => {
        const r = await settle(
          method === "POST" ? ctx.api.post(path, body, ctx.adminHeaders) : ctx.api.delete(path, ctx.adminHeaders)
        )
        return { status: r.status, data: r.data }
      },
      sql: async (query, params = []) => {
        // knex binds "?" in order of appearance, SQL here numbers its parameters
        const order = [...query.matchAll(/\$(\d+)/g)].map((m) => params[Number(m[1]) - 1])
        const knex = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        return (await knex.raw(query.replace(/\$\d+/g, "?"), order)).rows
      },
      restored: true,
      base: () => ctx.api.defaults.baseURL,
      key: () => ctx.storeHeaders.headers["x-publishable-api-key"],
      storefronts: () => [shop!.url],
    }))
  })

  describe("a product holding two valid certificates", () => {
    // Kẹo dừa holds T-BT-1 (4 stars, until 31 May 2028); a 5-star certificate that
    // ends sooner is added: "most stars first" and "latest expiry first" disagree.
    async function addFiveStarCertificate() {
      const [t1] = await ctx.container().resolve(OCOP_MODULE).listOcopCertificates({ certificate_number: "T-BT-1" })
      const created = await ctx.api.post(
        "/admin/ocop/certificates",
        keoDuaFiveStarCertificate(idOf("keo-dua-cho-lach"), t1.producer_id),
        ctx.adminHeaders
      )
      await ctx.api.post(
        `/admin/ocop/certificates/${created.data.certificate.id}/status`,
        { status: "verified" },
        ctx.adminHeaders
      )
    }

    it("shows the same stars and certificate on its page, search card, verify page and producer portal", async () => {
      await addFiveStarCertificate()
      const page = await ctx.api.get("/store/products?handle=keo-dua-cho-lach", store())
      expect(page.data.products[0].ocop).toMatchObject({ stars: 5, certificate_number: "TW-BT-9", level: "national" })
      const detail = await ctx.api.get(`/store/products/${idOf("keo-dua-cho-lach")}`, store())
      expect(detail.data.product.ocop).toMatchObject({ stars: 5, certificate_number: "TW-BT-9" })

      await eventually(async () => {
        const { data } = await ctx.api.get("/store/ocop/search?q=keo dua", store())
        expect(data.hits.find((h: any) => h.handle === "keo-dua-cho-lach")).toMatchObject({
          stars: 5,
          certificate_number: "TW-BT-9",
        })
      })

      const verify = await ctx.api.get("/store/ocop/certificates/TW-BT-9", store())
      expect(verify.data.certificate).toMatchObject({ stars: 5, state: "valid" })
      expect(verify.data.certificate.product).toMatchObject({
        handle: "keo-dua-cho-lach",
        current_certificate_number: "TW-BT-9",
      })
      // the older certificate is still valid, and says which one the product now shows
      const older = await ctx.api.get("/store/ocop/certificates/T-BT-1", store())
      expect(older.data.certificate).toMatchObject({ stars: 4, state: "valid" })
      expect(older.data.certificate.product).toMatchObject({ current_certificate_number: "TW-BT-9" })

      const { token } = await memberOf(ctx, "htx-dua-cho-lach", "chu@htx-dua.vn")
      const mine = await ctx.api.get("/producer/products", bearer(token))
      const keo = mine.data.products.find((p: any) => p.handle === "keo-dua-cho-lach")
      expect(keo.sale).toMatchObject({ on_sale: true, certificate: { number: "TW-BT-9", stars: 5 } })
    })
  })

  describe("carts", () => {
    async function newCart(items?: { variant_id: string; quantity: number }[]) {
      const { data: regions } = await ctx.api.get("/store/regions", store())
      return settle(
        ctx.api.post("/store/carts", { region_id: regions.regions[0].id, ...(items ? { items } : {}) }, store())
      )
    }
    async function variantOf(handle: string) {
      const [v] = await ctx
        .container()
        .resolve(Modules.PRODUCT)
        .listProductVariants({ product_id: idOf(handle) })
      return v.id
    }

    it.each(UNSELLABLE_HANDLES)("refuses to add %s to a cart, naming it", async (handle) => {
      const cart = (await newCart()).data.cart
      const res = await settle(
        ctx.api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: await variantOf(handle), quantity: 1 },
          store()
        )
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/không còn được bán/)
      const after = await ctx.api.get(`/store/carts/${cart.id}`, store())
      expect(after.data.cart.items).toHaveLength(0)
    })

    it("refuses to create a cart that already holds an uncertified product", async () => {
      const res = await newCart([{ variant_id: await variantOf("fixture-none"), quantity: 1 }])
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("Mật ong không chứng nhận")
    })

    it("refuses to change the quantity of a line whose certificate was revoked since", async () => {
      const cart = (await newCart()).data.cart
      const added = await ctx.api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: await variantOf("vai-thieu-luc-ngan"), quantity: 1 },
        store()
      )
      const item = added.data.cart.items[0]
      const ocop = ctx.container().resolve(OCOP_MODULE)
      const [c] = await ocop.listOcopCertificates({ certificate_number: "T-BG-3" })
      await ocop.updateOcopCertificates({ id: c.id, status: "revoked", status_reason: "test" })
      const res = await settle(ctx.api.post(`/store/carts/${cart.id}/line-items/${item.id}`, { quantity: 3 }, store()))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/thu hồi|revoked/)
      const after = await ctx.api.get(`/store/carts/${cart.id}`, store())
      expect(after.data.cart.items[0].quantity).toBe(1)
    })

    async function readyCart(handle: string) {
      const cart = (await newCart()).data.cart
      await ctx.api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: await variantOf(handle), quantity: 2 },
        store()
      )
      await ctx.api.post(
        `/store/carts/${cart.id}`,
        {
          email: "khach@example.vn",
          shipping_address: {
            first_name: "Lan",
            last_name: "Nguyễn",
            address_1: "12 Trần Hưng Đạo",
            city: "Phường Long Châu",
            province: "vinh-long",
            country_code: "vn",
            phone: "0901234567",
          },
        },
        store()
      )
      const { data: options } = await ctx.api.get(`/store/shipping-options?cart_id=${cart.id}`, store())
      const standard = options.shipping_options.find((o: any) => o.name === "Giao hàng tiêu chuẩn")
      await ctx.api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id }, store())
      const { data: pc } = await ctx.api.post("/store/payment-collections", { cart_id: cart.id }, store())
      await ctx.api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_cod_cod" },
        store()
      )
      return cart
    }

    it("blocks checkout when the certificate expires while the product sits in the cart, and creates no order", async () => {
      const cart = await readyCart("sau-rieng-cho-lach")
      const ocop = ctx.container().resolve(OCOP_MODULE)
      const [c] = await ocop.listOcopCertificates({ certificate_number: "T-BT-5" })
      await ocop.updateOcopCertificates({ id: c.id, expires_at: new Date(Date.now() - 1000) })

      const res = await settle(ctx.api.post(`/store/carts/${cart.id}/complete`, {}, store()))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("Sầu riêng Chợ Lách")
      expect(res.data.message).toMatch(/hết hạn|expired/)
      const orders = await ctx.container().resolve(Modules.ORDER).listOrders({})
      expect(orders).toHaveLength(0)
    })

    it("completes a cash-on-delivery order for a certified product and takes the stock", async () => {
      const cart = await readyCart("sau-rieng-cho-lach")
      const res = await ctx.api.post(`/store/carts/${cart.id}/complete`, {}, store())
      expect(res.data.type).toBe("order")
      expect(res.data.order.total).toBe(2 * 85000 + 30000)
      const { data } = await ctx.api.get(`/admin/orders/${res.data.order.id}?fields=*items`, ctx.adminHeaders)
      expect(data.order.items[0].product_handle).toBe("sau-rieng-cho-lach")
      const { data: stock } = await ctx.api.get(
        `/admin/inventory-items?sku=SAU-RIENG-CHO-LACH&fields=reserved_quantity,stocked_quantity`,
        ctx.adminHeaders
      )
      expect(stock.inventory_items[0].reserved_quantity).toBe(2)
    })
  })
}
