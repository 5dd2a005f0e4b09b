import type { Ctx } from "./backend-app"
import { bearer, settle } from "./checkout"
import { customer as shopper, memberOf as memberLogin, placeOrder, variantOfHandle } from "./actors"

/** A two-producer order as each producer sees it: run on producer-portal.test.ts's booted backend. */
export function producerOrdersSuite(ctx: Ctx) {
  describe("producer orders", () => {
    const store = () => ctx.storeHeaders

    /** A portal login for a seeded producer. */
    const memberOf = async (producerHandle: string, email: string) =>
      (await memberLogin(ctx, producerHandle, email)).token

    const customer = (email: string) => shopper(ctx, email)
    /** An order of these products (by handle) with delivery and cash on delivery. */
    const order = async (lines: [string, number][], as = store()) =>
      placeOrder(
        ctx,
        await Promise.all(lines.map(async ([h, n]) => [await variantOfHandle(ctx, h), n] as [string, number])),
        { as }
      )

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
