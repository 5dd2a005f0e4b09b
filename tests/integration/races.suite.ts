import { Modules } from "@medusajs/framework/utils"
import type { Suite } from "../support/backend-app"
import { bearer, settle, storeCheckout } from "../support/checkout"
import { staffToken } from "../support/showroom-staff"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"

/**
 * Races for the last units and repeated clicks: however many shoppers and
 * counters go for the same goods at once, exactly what is in stock is sold,
 * the rest are told it is sold out, stock never goes below zero; a cart
 * completed twice at once, or paid twice by a double click, is one order
 * with one payment. 50 online shoppers for the last 5 units race over two
 * server processes in multi-process.test.ts (with Redis, then PostgreSQL).
 */
export const races: Suite = (ctx) => {
  const checkout = storeCheckout(ctx)
  let keo: string
  let keoItem: string

  const levels = async () => {
    const all = await ctx.container().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: keoItem })
    return all.map((l: any) => ({
      location_id: l.location_id,
      stocked: Number(l.stocked_quantity),
      reserved: Number(l.reserved_quantity),
    }))
  }
  const orders = async () =>
    ctx
      .container()
      .resolve(Modules.ORDER)
      .listOrders({}, { relations: ["items"] })
  const paymentsOfCart = async (cartId: string) => {
    const { data } = await ctx
      .container()
      .resolve("query")
      .graph({
        entity: "cart",
        fields: ["payment_collection.payments.id", "payment_collection.payment_sessions.id"],
        filters: { id: cartId },
      })
    return (data[0] as any)?.payment_collection?.payments ?? []
  }
  /** n carts of one unit each, ready to complete, prepared 10 at a time. */
  async function readyCarts(n: number, option: string, provider: string) {
    const carts: string[] = []
    for (let i = 0; i < n; i += 10) {
      carts.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, n - i) }, async (_, j) =>
            checkout.ready(await checkout.cartOf(keo, 1, `khach-${i + j}@example.vn`), option, provider)
          )
        ))
      )
    }
    return carts
  }

  beforeAll(async () => {
    const [variant] = await ctx
      .container()
      .resolve(Modules.PRODUCT)
      .listProductVariants({ product_id: ctx.productIdByHandle.get("keo-dua-cho-lach") })
    keo = variant.id
    const [item] = await ctx.container().resolve(Modules.INVENTORY).listInventoryItems({ sku: "KEO-DUA-CHO-LACH" })
    keoItem = item.id
  })

  it("25 pickup orders and 25 counter sales race for a showroom's last 5 units: exactly 5 go through", async () => {
    const { data } = await ctx.api.post(
      "/admin/ocop/showrooms",
      {
        name: "Điểm OCOP Chợ Lách",
        handle: "diem-ocop-cho-lach",
        address: "1 Đường 30/4",
        commune: "Xã Chợ Lách",
        province_code: "vinh-long",
      },
      ctx.adminHeaders
    )
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    await ctx.api.post(
      `/admin/ocop/showrooms/${data.showroom.id}/agreements`,
      { producer_id: htx.id, commission_bps: 1500 },
      ctx.adminHeaders
    )
    const staff = await staffToken(ctx, data.showroom.id, "quay@ocop.vn")
    await ctx.api.post("/showroom/intakes", { lines: [{ variant_id: keo, quantity: 5 }] }, bearer(staff))
    const carts = await readyCarts(25, "Chợ Lách", "pp_showroom_cod")
    const sell = () =>
      settle(
        ctx.api.post(
          "/showroom/sales",
          { payment_method: "cash", lines: [{ variant_id: keo, quantity: 1 }] },
          bearer(staff)
        )
      )
    const results = await Promise.all(carts.flatMap((c) => [checkout.complete(c), sell()]))
    const won = results.filter((r) => r.status === 200 || r.status === 201)
    expect(won).toHaveLength(5)
    for (const r of results.filter((r) => !won.includes(r))) {
      expect(r.status, JSON.stringify(r.data)).toBe(400)
      expect(r.data.message).toMatch(/chỉ còn|Không đủ hàng|hết hàng/)
    }
    const onHand = (await ctx.api.get("/showroom/stock", bearer(staff))).data.stock.find(
      (s: any) => s.variant_id === keo
    ).on_hand
    expect(onHand).toBe(5 - won.filter((r) => r.data.sale).length)
    const atShowroom = (await levels()).find((l) => l.location_id === data.showroom.stock_location_id)!
    expect(atShowroom).toEqual({
      location_id: data.showroom.stock_location_id,
      stocked: onHand,
      reserved: won.filter((r) => r.data.type === "order").length,
    })
  }, 300_000)

  it("one cart completed five times at once is one order with one payment", async () => {
    const cart = await checkout.ready(await checkout.cartOf(keo, 2), "Giao hàng tiêu chuẩn", "pp_cod_cod")
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => checkout.complete(cart)))
    const ids = new Set(results.filter((r) => r.status === 200).map((r) => r.data.order.id))
    expect(ids.size).toBe(1)
    // any that did not get the order was told to wait for the one in progress, not given a second
    for (const r of results.filter((r) => r.status !== 200)) {
      expect(r.status, JSON.stringify(r.data)).toBe(409)
      expect(r.data.message).toMatch(/thử lại.* \(.*try again.*\)$/) // shown as is at checkout: words, both languages
    }
    expect(await orders()).toHaveLength(1)
    expect(await paymentsOfCart(cart)).toHaveLength(1)
    const [warehouse] = await levels()
    expect(warehouse.reserved).toBe(2)
  })

  it("a double-clicked pay button (payment and completion sent twice at once) is one order with one payment", async () => {
    const cart = await checkout.cartOf(keo, 1)
    await checkout.choose(cart, "Giao hàng tiêu chuẩn")
    const answers: [number, string][] = []
    const click = async () => {
      const paid = await settle(checkout.pay(cart, "pp_cod_cod"))
      if (paid) answers.push([paid.status, paid.data?.message])
      return checkout.complete(cart)
    }
    const results = await Promise.all([click(), click()])
    // the second click waits for the first; too late, it is told the cart is paid, never a 500
    for (const [status, message] of answers) expect(status, message).toBeLessThan(500)
    const ids = new Set(results.filter((r) => r.status === 200).map((r) => r.data.order.id))
    expect(ids.size, JSON.stringify(results.map((r) => [r.status, r.data?.message]))).toBe(1)
    expect(await orders()).toHaveLength(1)
    expect(await paymentsOfCart(cart)).toHaveLength(1)
  })

  it("paying again after the order was placed (the back button) keeps its order and its one payment", async () => {
    const cart = await checkout.ready(await checkout.cartOf(keo, 1), "Giao hàng tiêu chuẩn", "pp_cod_cod")
    const placed = await checkout.complete(cart)
    expect(placed.data.type).toBe("order")
    await checkout.pay(cart, "pp_cod_cod")
    const again = await checkout.complete(cart)
    expect(again.data.order?.id).toBe(placed.data.order.id)
    expect((await orders()).map((o: any) => o.id)).toEqual([placed.data.order.id])
    expect(await paymentsOfCart(cart)).toHaveLength(1)
  })

  it("a completion cut off after Medusa created the order (a killed backend) leaves no second order when the cart is completed again", async () => {
    const cart = await checkout.ready(
      await checkout.cartOf(keo, 1, "bi-ngat@example.vn"),
      "Giao hàng tiêu chuẩn",
      "pp_cod_cod"
    )
    // what a completion killed between Medusa's createOrdersStep and its link step leaves: the order, named after its cart, never linked
    const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
    const [orphan] = await ctx
      .container()
      .resolve(Modules.ORDER)
      .createOrders([
        {
          email: "bi-ngat@example.vn",
          region_id: regions.regions[0].id,
          currency_code: "vnd",
          metadata: { ocop_cart_id: cart },
          items: [{ title: "Kẹo dừa Chợ Lách", quantity: 1, unit_price: 85000, variant_id: keo }],
        } as any,
      ])
    expect(await orders()).toHaveLength(1)
    const completed = await checkout.complete(cart)
    expect(completed.data.type).toBe("order")
    const left = await orders()
    expect(left.map((o: any) => o.id)).toEqual([completed.data.order.id])
    expect(left[0].id).not.toBe(orphan.id)
    expect(left[0].metadata).toMatchObject({ ocop_cart_id: cart })
  })

  it("a completion cut off after Medusa linked the order but before it reserved the stock is completed again with its stock reserved", async () => {
    const cart = await checkout.ready(
      await checkout.cartOf(keo, 2, "bi-ngat-giu-hang@example.vn"),
      "Giao hàng tiêu chuẩn",
      "pp_cod_cod"
    )
    const reservedBefore = (await levels()).reduce((n, l) => n + l.reserved, 0)
    // what a completion killed inside Medusa's parallel link/complete/reserve steps leaves: linked, completed, nothing reserved, payment not authorized
    const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
    const [cut] = await ctx
      .container()
      .resolve(Modules.ORDER)
      .createOrders([
        {
          email: "bi-ngat-giu-hang@example.vn",
          region_id: regions.regions[0].id,
          currency_code: "vnd",
          metadata: { ocop_cart_id: cart },
          items: [{ title: "Kẹo dừa Chợ Lách", quantity: 2, unit_price: 85000, variant_id: keo }],
        } as any,
      ])
    // Medusa's link step links the order to its cart and to the cart's payment collection at once
    const { data: carts } = await ctx
      .container()
      .resolve("query")
      .graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart } })
    await ctx
      .container()
      .resolve("link")
      .create([
        { [Modules.ORDER]: { order_id: cut.id }, [Modules.CART]: { cart_id: cart } },
        {
          [Modules.ORDER]: { order_id: cut.id },
          [Modules.PAYMENT]: { payment_collection_id: (carts[0] as any).payment_collection.id },
        },
      ])
    await ctx
      .container()
      .resolve(Modules.CART)
      .updateCarts([{ id: cart, completed_at: new Date() }])

    const completed = await checkout.complete(cart)
    expect(completed.status, JSON.stringify(completed.data)).toBe(200)
    expect(completed.data.type).toBe("order")
    expect((await orders()).map((o: any) => o.id)).toEqual([completed.data.order.id])
    // its two units are held for it, and its payment is authorized like any placed order's
    expect((await levels()).reduce((n, l) => n + l.reserved, 0)).toBe(reservedBefore + 2)
    const { data } = await ctx
      .container()
      .resolve("query")
      .graph({
        entity: "order",
        fields: ["payment_collections.payment_sessions.status"],
        filters: { id: completed.data.order.id },
      })
    expect((data[0] as any).payment_collections[0].payment_sessions.map((s: any) => s.status)).toEqual(["authorized"])
    // completing it once more gives the same order, and reserves nothing twice
    const again = await checkout.complete(cart)
    expect(again.data.order.id).toBe(completed.data.order.id)
    expect((await levels()).reduce((n, l) => n + l.reserved, 0)).toBe(reservedBefore + 2)
  })
}
