import { Modules } from "@medusajs/framework/utils"
import type { Suite } from "../support/backend-app"
import { staffToken as staffTokenOf } from "../support/showroom-staff"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { bearer, settle, storeCheckout } from "../support/checkout"

/**
 * Online orders picked up at a showroom: checkout offers each showroom's
 * pickup with whether it holds the cart; the order sets the showroom's units
 * aside (the counter and other orders cannot take them); the staff hands it
 * over, the payment made there is captured, and the producer's settlement
 * counts it. Delivered orders never take consigned goods.
 */
export const pickup: Suite = (ctx) => {
  let showroomA: any
  let showroomB: any
  let staffA: string
  let staffB: string
  let keo: string
  let keoItem: string
  let warehouseId: string
  const store = () => ctx.storeHeaders

  const staffToken = (showroomId: string, email: string) => staffTokenOf(ctx, showroomId, email)

  const checkout = storeCheckout(ctx)
  const cartOf = (quantity: number) => checkout.cartOf(keo, quantity)
  const { optionsOf, ready, complete } = checkout
  const order = async (quantity: number, option: string, provider: string) =>
    complete(await ready(await cartOf(quantity), option, provider))

  const intake = (token: string, quantity: number) =>
    ctx.api.post("/showroom/intakes", { lines: [{ variant_id: keo, quantity }] }, bearer(token))
  const sell = (token: string, quantity: number) =>
    settle(
      ctx.api.post("/showroom/sales", { payment_method: "cash", lines: [{ variant_id: keo, quantity }] }, bearer(token))
    )
  const pickups = async (token: string) => (await ctx.api.get("/showroom/pickups", bearer(token))).data.orders as any[]
  const showroomStock = async (token: string) =>
    (await ctx.api.get("/showroom/stock", bearer(token))).data.stock.find((s: any) => s.variant_id === keo)?.on_hand ??
    0
  const availability = async () =>
    (await ctx.api.get(`/store/ocop/products/${ctx.productIdByHandle.get("keo-dua-cho-lach")}/availability`, store()))
      .data
  const levelAt = async (locationId: string) => {
    const [l] = await ctx
      .container()
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({ inventory_item_id: keoItem, location_id: locationId })
    return { stocked: Number(l?.stocked_quantity ?? 0), reserved: Number(l?.reserved_quantity ?? 0) }
  }
  const setWarehouse = (n: number) =>
    ctx.api.post(
      `/admin/inventory-items/${keoItem}/location-levels/${warehouseId}`,
      { stocked_quantity: n },
      ctx.adminHeaders
    )
  const progress = async (orderId: string) =>
    (await ctx.api.get(`/store/ocop/orders/${orderId}/pickup`, store())).data.pickup
  const lookup = async (displayId: number) =>
    (await ctx.api.post("/store/ocop/orders/lookup", { display_id: displayId, email: "khach@example.vn" }, store()))
      .data.order
  const ordersCount = async () => (await ctx.container().resolve(Modules.ORDER).listOrders({})).length

  beforeAll(async () => {
    const [variant] = await ctx
      .container()
      .resolve(Modules.PRODUCT)
      .listProductVariants({ product_id: ctx.productIdByHandle.get("keo-dua-cho-lach") })
    keo = variant.id
    const [item] = await ctx.container().resolve(Modules.INVENTORY).listInventoryItems({ sku: "KEO-DUA-CHO-LACH" })
    keoItem = item.id
  })

  beforeEach(async () => {
    showroomA = (
      await ctx.api.post(
        "/admin/ocop/showrooms",
        {
          name: "Điểm OCOP Chợ Lách",
          handle: "diem-ocop-cho-lach",
          address: "1 Đường 30/4",
          commune: "Xã Chợ Lách",
          province_code: "vinh-long",
          opening_hours: "7:30-17:30",
        },
        ctx.adminHeaders
      )
    ).data.showroom
    showroomB = (
      await ctx.api.post(
        "/admin/ocop/showrooms",
        {
          name: "Điểm OCOP Hà Nội",
          handle: "diem-ocop-ha-noi",
          address: "2 Tràng Tiền",
          commune: "Phường Hoàn Kiếm",
          province_code: "ha-noi",
        },
        ctx.adminHeaders
      )
    ).data.showroom
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    for (const s of [showroomA, showroomB]) {
      await ctx.api.post(
        `/admin/ocop/showrooms/${s.id}/agreements`,
        { producer_id: htx.id, commission_bps: 1500, consignment_days: 60 },
        ctx.adminHeaders
      )
    }
    staffA = await staffToken(showroomA.id, "quay-a@ocop.vn")
    staffB = await staffToken(showroomB.id, "quay-b@ocop.vn")
    const levels = await ctx.container().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: keoItem })
    warehouseId = levels.find(
      (l: any) => ![showroomA.stock_location_id, showroomB.stock_location_id].includes(l.location_id)
    )!.location_id
  })

  it("checkout offers free pickup at each showroom, saying which hold the cart", async () => {
    await intake(staffA, 4)
    const options = await optionsOf(await cartOf(3))
    const a = options.find((o) => o.name === "Nhận tại Điểm OCOP Chợ Lách")
    const b = options.find((o) => o.name === "Nhận tại Điểm OCOP Hà Nội")
    expect(a).toMatchObject({
      amount: 0,
      insufficient_inventory: false,
      service_zone: { fulfillment_set: { type: "pickup" } },
    })
    expect(b).toMatchObject({ amount: 0, insufficient_inventory: true })
    expect(options.find((o) => o.name === "Giao hàng tiêu chuẩn")).toMatchObject({
      amount: 30000,
      insufficient_inventory: false,
    })
    expect((await optionsOf(await cartOf(5))).find((o) => o.name === a.name).insufficient_inventory).toBe(true)
  })

  it("a pickup order sets units aside, the staff hands it over and takes the payment, and the settlement counts it", async () => {
    await intake(staffA, 4)
    const placed = await order(3, "Chợ Lách", "pp_showroom_cod")
    expect(placed.data.type).toBe("order")
    expect(placed.data.order.total).toBe(3 * 85000)
    const orderId = placed.data.order.id
    // the shopper's receipt link and the guest lookup say where, and that it is being prepared
    const where = {
      name: "Điểm OCOP Chợ Lách",
      address: "1 Đường 30/4",
      commune: "Xã Chợ Lách",
      opening_hours: "7:30-17:30",
    }
    expect(await progress(orderId)).toMatchObject({ showroom: where, state: "waiting", ready_at: null })
    expect((await lookup(placed.data.order.display_id)).pickup).toMatchObject({ showroom: where, state: "waiting" })
    // the units wait at the showroom: reserved there, not at the warehouse
    expect(await levelAt(showroomA.stock_location_id)).toEqual({ stocked: 4, reserved: 3 })
    expect((await levelAt(warehouseId)).reserved).toBe(0)
    expect((await availability()).showrooms).toEqual([
      expect.objectContaining({ name: "Điểm OCOP Chợ Lách", available: 1 }),
    ])

    // the counter cannot sell what is set aside, nor can another pickup order take it
    const short = await sell(staffA, 2)
    expect(short.status).toBe(400)
    expect(short.data.message).toMatch(/giữ cho đơn nhận tại điểm bán/)
    expect((await sell(staffA, 1)).status).toBe(201)
    const second = await order(1, "Chợ Lách", "pp_showroom_cod")
    expect(second.status).toBe(400)
    expect(second.data.message).toMatch(/chỉ còn 0/)
    expect(await ordersCount()).toBe(1)

    // another showroom's staff neither sees nor hands it over
    expect(await pickups(staffB)).toEqual([])
    expect(
      (await settle(ctx.api.post(`/showroom/pickups/${orderId}/collected`, { payment_method: "cash" }, bearer(staffB))))
        .status
    ).toBe(404)
    expect((await settle(ctx.api.post(`/showroom/pickups/${orderId}/ready`, {}, bearer(staffB)))).status).toBe(404)

    const [waiting] = await pickups(staffA)
    expect(waiting).toMatchObject({
      id: orderId,
      state: "waiting",
      name: "Nguyễn Lan",
      phone: "0901234567",
      total: 255000,
      payment: { provider_id: "pp_showroom_cod", paid: false },
    })
    expect(waiting.items).toEqual([
      expect.objectContaining({ title: "Kẹo dừa Chợ Lách", quantity: 3, unit_price: 85000 }),
    ])
    expect((await ctx.api.post(`/showroom/pickups/${orderId}/ready`, {}, bearer(staffA))).data.order.state).toBe(
      "ready"
    )
    expect(await progress(orderId)).toMatchObject({ state: "ready", ready_at: expect.any(String) })

    // paid here: how, is asked
    const unsaid = await settle(ctx.api.post(`/showroom/pickups/${orderId}/collected`, {}, bearer(staffA)))
    expect(unsaid.status).toBe(400)
    expect(unsaid.data.message).toMatch(/cách khách trả tiền/)
    expect(
      (
        await settle(
          ctx.api.post(`/showroom/pickups/${orderId}/collected`, { payment_method: "bitcoin" }, bearer(staffA))
        )
      ).status
    ).toBe(400)
    const collected = await ctx.api.post(
      `/showroom/pickups/${orderId}/collected`,
      { payment_method: "cash" },
      bearer(staffA)
    )
    expect(collected.data.order).toMatchObject({ state: "collected", payment: { paid: true } })
    expect((await progress(orderId)).state).toBe("collected")
    const again = await settle(
      ctx.api.post(`/showroom/pickups/${orderId}/collected`, { payment_method: "cash" }, bearer(staffA))
    )
    expect(again.status).toBe(400)
    expect(again.data.message).toMatch(/đã nhận/)

    // ledger, inventory and Medusa's order agree
    expect(await showroomStock(staffA)).toBe(0)
    expect(await levelAt(showroomA.stock_location_id)).toEqual({ stocked: 0, reserved: 0 })
    const { data: movements } = await ctx.api.get("/showroom/movements", bearer(staffA))
    expect(movements.movements.find((m: any) => m.kind === "pickup")).toMatchObject({
      quantity: -3,
      unit_price: 85000,
      order_id: orderId,
      actor: "quay-a@ocop.vn",
    })
    const { data: admin } = await ctx.api.get(
      `/admin/orders/${orderId}?fields=payment_status,fulfillment_status`,
      ctx.adminHeaders
    )
    expect(admin.order).toMatchObject({ payment_status: "captured", fulfillment_status: "delivered" })

    // the producer is paid for the counter sale and the collected order
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    const settlement = await ctx.api.post(
      "/showroom/settlements",
      { producer_id: htx.id, from: "2026-01-01", to },
      bearer(staffA)
    )
    expect(settlement.data.settlement).toMatchObject({ units: 4, gross: 340000, commission: 51000, net: 289000 })
  })

  it("delivered orders take warehouse stock only; each payment goes with its way of receiving", async () => {
    await intake(staffA, 5)
    await setWarehouse(0)
    const onlyAtShowroom = await order(1, "Giao hàng tiêu chuẩn", "pp_cod_cod")
    expect(onlyAtShowroom.status).toBe(400)
    expect(onlyAtShowroom.data.message).toMatch(/chỉ còn tại điểm bán/)
    expect(await ordersCount()).toBe(0)
    expect(await levelAt(showroomA.stock_location_id)).toEqual({ stocked: 5, reserved: 0 })

    const codPickup = await order(1, "Chợ Lách", "pp_cod_cod")
    expect(codPickup.status).toBe(400)
    expect(codPickup.data.message).toMatch(/trả tại điểm bán/)
    await setWarehouse(10)
    const payThereDelivered = await order(1, "Giao hàng tiêu chuẩn", "pp_showroom_cod")
    expect(payThereDelivered.status).toBe(400)
    expect(payThereDelivered.data.message).toMatch(/chỉ dùng cho đơn nhận tại điểm bán/)
    expect(await ordersCount()).toBe(0)

    // with stock in both places, a delivery reserves at the warehouse, never the showroom
    const delivered = await order(2, "Giao hàng tiêu chuẩn", "pp_cod_cod")
    expect(delivered.data.type).toBe("order")
    // a delivered order has no pickup to follow
    expect(await progress(delivered.data.order.id)).toBeNull()
    expect((await lookup(delivered.data.order.display_id)).pickup).toBeNull()
    for (let i = 0; i < 2; i++) expect((await order(2, "Giao hàng tiêu chuẩn", "pp_cod_cod")).data.type).toBe("order")
    expect(await levelAt(warehouseId)).toEqual({ stocked: 10, reserved: 6 })
    expect(await levelAt(showroomA.stock_location_id)).toEqual({ stocked: 5, reserved: 0 })
    expect((await availability()).online).toEqual({ [keo]: 4 })
  })

  it("a canceled pickup order frees its units; the producer cannot ship a pickup order", async () => {
    await intake(staffA, 2)
    const placed = await order(2, "Chợ Lách", "pp_showroom_cod")
    const orderId = placed.data.order.id
    expect((await availability()).showrooms).toEqual([])

    const reg = await ctx.api.post("/auth/producer/emailpass/register", {
      email: "owner@dua.vn",
      password: "mat-khau-123",
    })
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    const [member] = await ctx
      .container()
      .resolve(OCOP_MODULE)
      .createProducerMembers([{ email: "owner@dua.vn", role: "owner", producer_id: htx.id }] as any)
    const { setAuthAppMetadataWorkflow } = await import("@medusajs/medusa/core-flows")
    await setAuthAppMetadataWorkflow(ctx.container()).run({
      input: {
        authIdentityId: (
          await ctx.container().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "owner@dua.vn" })
        )[0].auth_identity_id,
        actorType: "producer",
        value: member.id,
      },
    })
    expect(reg.status).toBe(200)
    const producer = (
      await ctx.api.post("/auth/producer/emailpass", { email: "owner@dua.vn", password: "mat-khau-123" })
    ).data.token
    const ship = await settle(
      ctx.api.post(`/producer/orders/${orderId}/shipments`, { tracking_number: "GHN12345" }, bearer(producer))
    )
    expect(ship.status).toBe(400)
    expect(ship.data.message).toMatch(/nhận tại điểm bán/)

    await ctx.api.post(`/admin/orders/${orderId}/cancel`, {}, ctx.adminHeaders)
    expect((await availability()).showrooms).toEqual([
      expect.objectContaining({ name: "Điểm OCOP Chợ Lách", available: 2 }),
    ])
    expect((await pickups(staffA))[0].state).toBe("canceled")
    const late = await settle(ctx.api.post(`/showroom/pickups/${orderId}/collected`, {}, bearer(staffA)))
    expect(late.status).toBe(400)
    expect(late.data.message).toMatch(/hủy/)
    expect((await sell(staffA, 2)).status).toBe(201)
  })
}
