import { Modules } from "@medusajs/framework/utils"
import type { Ctx } from "./backend-app"
import { bearer, settle } from "./checkout"
import { memberOf as memberLogin } from "./actors"

/** A two-producer order as each producer sees it: run on producer-portal.test.ts's booted backend. */
export function producerOrdersSuite(ctx: Ctx) {
  describe("producer orders", () => {
    const store = () => ctx.storeHeaders

    /** A portal login for a seeded producer. */
    const memberOf = async (producerHandle: string, email: string) =>
      (await memberLogin(ctx, producerHandle, email)).token

    async function customer(email: string) {
      const reg = await ctx.api.post("/auth/customer/emailpass/register", { email, password: "khach-123456" })
      await ctx.api.post(
        "/store/customers",
        { email, first_name: "Minh" },
        { headers: { ...store().headers, authorization: `Bearer ${reg.data.token}` } }
      )
      const login = await ctx.api.post("/auth/customer/emailpass", { email, password: "khach-123456" })
      return { headers: { ...store().headers, authorization: `Bearer ${login.data.token}` } }
    }

    async function order(lines: [string, number][], as = store()) {
      const { data: regions } = await ctx.api.get("/store/regions", as)
      const { data } = await ctx.api.post(
        "/store/carts",
        { region_id: regions.regions[0].id, email: "mua@example.vn" },
        as
      )
      const cartId = data.cart.id
      for (const [handle, quantity] of lines) {
        const [v] = await ctx
          .container()
          .resolve(Modules.PRODUCT)
          .listProductVariants({ product_id: ctx.productIdByHandle.get(handle) })
        await ctx.api.post(`/store/carts/${cartId}/line-items`, { variant_id: v.id, quantity }, as)
      }
      await ctx.api.post(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            first_name: "Minh",
            last_name: "Lê",
            address_1: "5 Lý Thường Kiệt",
            city: "Hà Nội",
            province: "ha-noi",
            country_code: "vn",
            phone: "0912000111",
          },
        },
        as
      )
      const { data: options } = await ctx.api.get(`/store/shipping-options?cart_id=${cartId}`, as)
      await ctx.api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, as)
      const { data: pc } = await ctx.api.post("/store/payment-collections", { cart_id: cartId }, as)
      await ctx.api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_cod_cod" },
        as
      )
      const done = await ctx.api.post(`/store/carts/${cartId}/complete`, {}, as)
      return done.data.order
    }

    it("splits a two-producer order: each sees and ships only its own lines, and earns from them", async () => {
      const coconut = await memberOf("htx-dua-cho-lach", "dua@cholach.vn")
      const durian = await memberOf("cty-trai-cay-chanh-thu", "saurieng@chanhthu.vn")
      const buyer = await customer("minh@khach.vn")
      const mixed = await order(
        [
          ["keo-dua-cho-lach", 1],
          ["sau-rieng-cho-lach", 2],
        ],
        buyer
      )
      const durianOnly = await order([["sau-rieng-cho-lach", 1]])

      const a = await ctx.api.get("/producer/orders", bearer(coconut))
      expect(a.data.orders).toHaveLength(1)
      expect(a.data.orders[0].items.map((i: any) => i.title)).toEqual(["Kẹo dừa Chợ Lách"])
      expect(a.data.orders[0].subtotal).toBe(85000)
      const b = await ctx.api.get("/producer/orders", bearer(durian))
      expect(b.data.orders.map((o: any) => o.id).sort()).toEqual([mixed.id, durianOnly.id].sort())
      expect(b.data.orders.flatMap((o: any) => o.items.map((i: any) => i.title))).not.toContain("Kẹo dừa Chợ Lách")

      expect((await settle(ctx.api.get(`/producer/orders/${durianOnly.id}`, bearer(coconut)))).status).toBe(404)
      expect(
        (
          await settle(
            ctx.api.post(
              `/producer/orders/${durianOnly.id}/shipments`,
              { tracking_number: "GHN12345" },
              bearer(coconut)
            )
          )
        ).status
      ).toBe(404)

      const bad = await settle(
        ctx.api.post(`/producer/orders/${mixed.id}/shipments`, { tracking_number: "<script>" }, bearer(coconut))
      )
      expect(bad.status).toBe(400)

      const shipped = await ctx.api.post(
        `/producer/orders/${mixed.id}/shipments`,
        { tracking_number: "GHN123456789" },
        bearer(coconut)
      )
      expect(shipped.status).toBe(201)
      expect(shipped.data.order.items[0]).toMatchObject({ fulfilled_quantity: 1, shipped_quantity: 1 })
      expect(shipped.data.order.fulfillments[0].tracking_numbers).toEqual(["GHN123456789"])

      const again = await settle(
        ctx.api.post(`/producer/orders/${mixed.id}/shipments`, { tracking_number: "GHN999999" }, bearer(coconut))
      )
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/đã được giao hết|already shipped/)

      const bView = await ctx.api.get(`/producer/orders/${mixed.id}`, bearer(durian))
      expect(bView.data.order.items[0]).toMatchObject({ title: "Sầu riêng Chợ Lách", fulfilled_quantity: 0 })
      expect(bView.data.order.fulfillments).toEqual([])

      const { data: adminOrder } = await ctx.api.get(
        `/admin/orders/${mixed.id}?fields=items.title,items.detail.shipped_quantity`,
        ctx.adminHeaders
      )
      const shippedByTitle = Object.fromEntries(
        adminOrder.order.items.map((i: any) => [i.title, i.detail.shipped_quantity])
      )
      expect(shippedByTitle).toEqual({ "Kẹo dừa Chợ Lách": 1, "Sầu riêng Chợ Lách": 0 })

      const parts = await ctx.api.get(`/store/ocop/orders/${mixed.id}/parts`, buyer)
      const byProducer = Object.fromEntries(parts.data.parts.map((p: any) => [p.producer.handle, p]))
      expect(byProducer["htx-dua-cho-lach"]).toMatchObject({ status: "shipped", tracking_numbers: ["GHN123456789"] })
      expect(byProducer["cty-trai-cay-chanh-thu"]).toMatchObject({ status: "waiting", tracking_numbers: [] })
      const stranger = await customer("la@khach.vn")
      expect((await settle(ctx.api.get(`/store/ocop/orders/${mixed.id}/parts`, stranger))).status).toBe(404)
      expect((await settle(ctx.api.get(`/store/ocop/orders/${mixed.id}/parts`, store()))).status).toBe(401)

      const payouts = await ctx.api.get("/producer/payouts", bearer(coconut))
      expect(payouts.data.periods).toHaveLength(1)
      expect(payouts.data.periods[0]).toMatchObject({ orders: 1, units: 1, gross: 85000, commission: 8500, net: 76500 })
      const csv = await ctx.api.get("/producer/payouts?format=csv", bearer(coconut))
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.data).toContain("Kẹo dừa Chợ Lách")
      expect(csv.data).not.toContain("Sầu riêng")
      const badPeriod = await settle(ctx.api.get("/producer/payouts?from=2026-13", bearer(coconut)))
      expect(badPeriod.status).toBe(400)
    })
  })
}
