import { Modules } from "@medusajs/framework/utils"
import type { Suite } from "../support/backend-app"
import { eventually } from "../support/eventually"
import { bearer, settle } from "../support/checkout"
import { staffToken as staffTokenOf } from "../support/showroom-staff"
import { CONSIGNMENT_MODULE } from "../../backend/src/modules/consignment"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"

/**
 * Consignment at showrooms: intake, returns and counts through the staff API,
 * each a ledger row and the same change of the showroom's inventory level;
 * staff of one showroom see and change only theirs.
 */
export const consignment: Suite = (ctx) => {
  let showroomA: any
  let showroomB: any
  let staffA: string
  let staffB: string
  const variantOf = new Map<string, string>()

  const staffToken = (showroomId: string, email: string) => staffTokenOf(ctx, showroomId, email)
  const stock = async (token: string) =>
    Object.fromEntries(
      (await ctx.api.get("/showroom/stock", bearer(token))).data.stock.map((s: any) => [s.variant_id, s.on_hand])
    )
  const level = async (showroom: any, variantId: string) => {
    const query = ctx.container().resolve("query")
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { id: variantId },
    })
    const [l] = await ctx.container().resolve(Modules.INVENTORY).listInventoryLevels({
      inventory_item_id: data[0].inventory_items[0].inventory_item_id,
      location_id: showroom.stock_location_id,
    })
    return l ? Number(l.stocked_quantity) : 0
  }

  beforeAll(async () => {
    const products = await ctx
      .container()
      .resolve(Modules.PRODUCT)
      .listProducts({}, { relations: ["variants"], take: null as any })
    for (const p of products) variantOf.set(p.handle, p.variants[0].id)
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
  })

  const intake = (token: string, lines: any[]) => settle(ctx.api.post("/showroom/intakes", { lines }, bearer(token)))

  it("records an intake with lot and best-before: stock and the showroom's inventory level rise, the ledger says who and why", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const res = await intake(staffA, [
      { variant_id: keo, quantity: 12, unit_price: 70000, lot: "L-2026-11", best_before: "2027-05-01" },
    ])
    expect(res.status).toBe(201)
    expect(res.data.receipt).toMatch(/^PN-\d{4}-\d{6}$/)
    expect(await stock(staffA)).toEqual({ [keo]: 12 })
    expect(await level(showroomA, keo)).toBe(12)
    const { data } = await ctx.api.get("/showroom/movements", bearer(staffA))
    expect(data.movements[0]).toMatchObject({
      kind: "intake",
      quantity: 12,
      unit_price: 70000,
      lot: "L-2026-11",
      actor: "quay-a@ocop.vn",
      variant_id: keo,
    })
  })

  it("marks goods on the shelf whose certificate was revoked as not for sale, with the reason", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 4 }])
    const row = async () =>
      (await ctx.api.get("/showroom/stock", bearer(staffA))).data.stock.find((s: any) => s.variant_id === keo)
    expect(await row()).toMatchObject({ on_hand: 4, on_sale: true, reason: null })
    const [c] = await ctx.container().resolve(OCOP_MODULE).listOcopCertificates({ certificate_number: "T-BT-1" })
    await ctx.api.post(
      `/admin/ocop/certificates/${c.id}/status`,
      { status: "revoked", reason: "Kiểm tra lại" },
      ctx.adminHeaders
    )
    expect(await row()).toMatchObject({ on_hand: 4, on_sale: false, reason: "revoked" })
  })

  it("refuses an intake of an uncertified product, of a producer without agreement, or of an unknown variant, and changes nothing", async () => {
    const expired = await intake(staffA, [{ variant_id: variantOf.get("fixture-expired")!, quantity: 3 }])
    expect(expired.status).toBe(400)
    expect(expired.data.message).toMatch(/Mứt gừng hết hạn/)
    const noAgreement = await intake(staffA, [{ variant_id: variantOf.get("vai-thieu-luc-ngan")!, quantity: 3 }])
    expect(noAgreement.status).toBe(400)
    expect(noAgreement.data.message).toMatch(/hợp đồng ký gửi/)
    expect((await intake(staffA, [{ variant_id: "variant_nope", quantity: 3 }])).status).toBe(400)
    // a good line with a bad one: nothing is saved half-way
    const mixed = await intake(staffA, [
      { variant_id: variantOf.get("keo-dua-cho-lach")!, quantity: 5 },
      { variant_id: variantOf.get("fixture-revoked")!, quantity: 1 },
    ])
    expect(mixed.status).toBe(400)
    for (const bad of [
      { quantity: 0 },
      { quantity: -2 },
      { quantity: 1.5 },
      { unit_price: -1 },
      { best_before: "not a date" },
    ]) {
      expect(
        (await intake(staffA, [{ variant_id: variantOf.get("keo-dua-cho-lach")!, quantity: 1, ...bad }])).status
      ).toBe(400)
    }
    expect(await stock(staffA)).toEqual({})
    expect(await level(showroomA, variantOf.get("keo-dua-cho-lach")!)).toBe(0)
  })

  it("returns goods to the producer and counts stock with a reason, never below zero", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 10 }])
    const tooMany = await settle(
      ctx.api.post(
        "/showroom/returns",
        { lines: [{ variant_id: keo, quantity: 11, reason: "unsold" }] },
        bearer(staffA)
      )
    )
    expect(tooMany.status).toBe(400)
    expect(tooMany.data.message).toMatch(/Không đủ hàng: còn 10/)
    expect(
      (
        await settle(
          ctx.api.post(
            "/showroom/returns",
            { lines: [{ variant_id: keo, quantity: 2, reason: "lost" }] },
            bearer(staffA)
          )
        )
      ).status
    ).toBe(400)
    await ctx.api.post(
      "/showroom/returns",
      { lines: [{ variant_id: keo, quantity: 3, reason: "near_best_before" }] },
      bearer(staffA)
    )
    expect(
      (
        await settle(
          ctx.api.post(
            "/showroom/adjustments",
            { lines: [{ variant_id: keo, counted: 6, reason: "" }] },
            bearer(staffA)
          )
        )
      ).status
    ).toBe(400)
    await ctx.api.post(
      "/showroom/adjustments",
      { lines: [{ variant_id: keo, counted: 6, reason: "Kiểm kê cuối tháng: 1 hộp vỡ" }] },
      bearer(staffA)
    )
    expect(await stock(staffA)).toEqual({ [keo]: 6 })
    expect(await level(showroomA, keo)).toBe(6)
    const kinds = (await ctx.api.get("/showroom/movements", bearer(staffA))).data.movements.map((m: any) => [
      m.kind,
      m.quantity,
      m.reason,
    ])
    expect(kinds).toEqual([
      ["adjustment", -1, "Kiểm kê cuối tháng: 1 hộp vỡ"],
      ["return", -3, "near_best_before"],
      ["intake", 10, null],
    ])
  })

  it("keeps each showroom's staff to their own showroom", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 8 }])
    expect(await stock(staffB)).toEqual({})
    expect((await ctx.api.get("/showroom/movements", bearer(staffB))).data.movements).toEqual([])
    const stealing = await settle(
      ctx.api.post("/showroom/returns", { lines: [{ variant_id: keo, quantity: 1, reason: "unsold" }] }, bearer(staffB))
    )
    expect(stealing.status).toBe(400)
    expect(await stock(staffA)).toEqual({ [keo]: 8 })
    expect((await ctx.api.get("/showroom/me", bearer(staffB))).data.showroom.id).toBe(showroomB.id)
    for (const [method, path] of [
      ["get", "/showroom/stock"],
      ["get", "/showroom/movements"],
      ["post", "/showroom/intakes"],
    ] as const) {
      expect((await settle((ctx.api as any)[method](path, method === "post" ? { lines: [] } : undefined))).status).toBe(
        401
      )
    }
    // a producer's or shopper's login is not a staff login
    const reg = await ctx.api.post("/auth/producer/emailpass/register", { email: "sx@x.vn", password: "mat-khau-123" })
    expect((await settle(ctx.api.get("/showroom/stock", bearer(reg.data.token)))).status).toBe(401)
    // an activation token works once, for its own email
    const { data } = await ctx.api.post(
      `/admin/ocop/showrooms/${showroomA.id}/staff`,
      { email: "moi@ocop.vn" },
      ctx.adminHeaders
    )
    const other = await ctx.api.post("/auth/staff/emailpass/register", {
      email: "ke-gian@ocop.vn",
      password: "mat-khau-123",
    })
    expect(
      (await settle(ctx.api.post("/showroom/activate", { token: data.activation.token }, bearer(other.data.token))))
        .status
    ).toBe(400)
  })

  it("the operator removes a person (their login stops opening the showroom), reissues an unused activation, and one email is one staff member", async () => {
    const me = (await ctx.api.get("/showroom/me", bearer(staffA))).data
    await ctx.api.post(
      `/admin/ocop/showrooms/${showroomA.id}/staff`,
      { email: "chua-kich-hoat@ocop.vn" },
      ctx.adminHeaders
    )
    const listed = (await ctx.api.get(`/admin/ocop/showrooms/${showroomA.id}/staff`, ctx.adminHeaders)).data.staff
    expect(listed.map((s: any) => [s.email, !!s.activated_at])).toEqual([
      ["quay-a@ocop.vn", true],
      ["chua-kich-hoat@ocop.vn", false],
    ])
    expect(JSON.stringify(listed)).not.toContain("activation_token")
    const removed = await settle(
      ctx.api.delete(`/admin/ocop/showrooms/${showroomB.id}/staff/${me.staff.id}`, ctx.adminHeaders)
    )
    expect(removed.status).toBe(404) // not B's staff: nothing changes
    expect((await ctx.api.get("/showroom/me", bearer(staffA))).status).toBe(200)
    expect(
      (await ctx.api.delete(`/admin/ocop/showrooms/${showroomA.id}/staff/${me.staff.id}`, ctx.adminHeaders)).data
        .deleted
    ).toBe(true)
    expect((await settle(ctx.api.get("/showroom/stock", bearer(staffA)))).status).toBe(401)
    expect(
      (await ctx.api.get(`/admin/ocop/showrooms/${showroomA.id}/staff`, ctx.adminHeaders)).data.staff.map(
        (s: any) => s.email
      )
    ).toEqual(["chua-kich-hoat@ocop.vn"])

    // the same email again, at once: exactly one is added
    const adds = await Promise.all(
      [0, 1, 2].map(() =>
        settle(ctx.api.post(`/admin/ocop/showrooms/${showroomA.id}/staff`, { email: "Lan@OCOP.vn" }, ctx.adminHeaders))
      )
    )
    const created = adds.filter((r) => r.status === 201)
    expect(created).toHaveLength(1)
    for (const r of adds.filter((r) => r.status !== 201)) {
      expect(r.status).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
    }
    const lan = created[0].data
    const again = (
      await ctx.api.post(`/admin/ocop/showrooms/${showroomA.id}/staff/${lan.staff.id}/token`, {}, ctx.adminHeaders)
    ).data
    expect(again.activation.token).not.toBe(lan.activation.token)
    const reg = await ctx.api.post("/auth/staff/emailpass/register", {
      email: "lan@ocop.vn",
      password: "mat-khau-quay-2",
    })
    expect(
      (await settle(ctx.api.post("/showroom/activate", { token: lan.activation.token }, bearer(reg.data.token)))).status
    ).toBe(400)
    expect(
      (await ctx.api.post("/showroom/activate", { token: again.activation.token }, bearer(reg.data.token))).status
    ).toBe(201)
    const reissue = await settle(
      ctx.api.post(`/admin/ocop/showrooms/${showroomA.id}/staff/${lan.staff.id}/token`, {}, ctx.adminHeaders)
    )
    expect(reissue.status).toBe(400)
    expect(reissue.data.message).toContain("đã kích hoạt")
  })

  it("after a random sequence of intakes, returns and counts, stock on hand equals the sum of movements and the inventory level", async () => {
    const variants = [variantOf.get("keo-dua-cho-lach")!, variantOf.get("sau-rieng-cho-lach")!]
    const [chanhThu] = await ctx
      .container()
      .resolve(OCOP_MODULE)
      .listOcopProducers({ handle: "cty-trai-cay-chanh-thu" })
    await ctx.api.post(
      `/admin/ocop/showrooms/${showroomA.id}/agreements`,
      { producer_id: chanhThu.id, commission_bps: 1000 },
      ctx.adminHeaders
    )
    let seed = 20261125
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const expected = new Map<string, number>(variants.map((v) => [v, 0]))
    for (let i = 0; i < 40; i++) {
      const v = variants[rand(2)]
      const op = rand(3)
      const qty = 1 + rand(6)
      const have = expected.get(v)!
      if (op === 0) {
        expect((await intake(staffA, [{ variant_id: v, quantity: qty }])).status).toBe(201)
        expected.set(v, have + qty)
      } else if (op === 1) {
        const res = await settle(
          ctx.api.post(
            "/showroom/returns",
            { lines: [{ variant_id: v, quantity: qty, reason: "unsold" }] },
            bearer(staffA)
          )
        )
        expect(res.status).toBe(qty <= have ? 201 : 400)
        if (qty <= have) expected.set(v, have - qty)
      } else {
        const counted = rand(8)
        await ctx.api.post(
          "/showroom/adjustments",
          { lines: [{ variant_id: v, counted, reason: `Kiểm kê lần ${i}` }] },
          bearer(staffA)
        )
        expected.set(v, counted)
      }
    }
    const onHand = await stock(staffA)
    const movements = await ctx
      .container()
      .resolve(CONSIGNMENT_MODULE)
      .listStockMovements({ showroom_id: showroomA.id }, { take: null })
    for (const v of variants) {
      const sum = movements.filter((m: any) => m.variant_id === v).reduce((n: number, m: any) => n + m.quantity, 0)
      expect({ v, onHand: onHand[v] ?? 0, sum, level: await level(showroomA, v) }).toEqual({
        v,
        onHand: expected.get(v),
        sum: expected.get(v),
        level: expected.get(v),
      })
    }
  })

  it("20 concurrent returns of one unit with 5 on hand: exactly 5 go through and stock ends at zero", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 5 }])
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        settle(
          ctx.api.post(
            "/showroom/returns",
            { lines: [{ variant_id: keo, quantity: 1, reason: "damaged" }] },
            bearer(staffA)
          )
        )
      )
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(5)
    expect(results.filter((r) => r.status === 400).every((r) => /Không đủ hàng/.test(r.data.message))).toBe(true)
    expect(await stock(staffA)).toEqual({ [keo]: 0 })
    expect(await level(showroomA, keo)).toBe(0)
  })

  const sell = (token: string, lines: any[], payment_method = "cash") =>
    settle(ctx.api.post("/showroom/sales", { payment_method, lines }, bearer(token)))

  it("sells at the counter at the listed price: stock falls; a short or uncertified line refuses the whole sale", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const sau = variantOf.get("sau-rieng-cho-lach")!
    const [chanhThu] = await ctx
      .container()
      .resolve(OCOP_MODULE)
      .listOcopProducers({ handle: "cty-trai-cay-chanh-thu" })
    await ctx.api.post(
      `/admin/ocop/showrooms/${showroomA.id}/agreements`,
      { producer_id: chanhThu.id, commission_bps: 1000 },
      ctx.adminHeaders
    )
    await intake(staffA, [
      { variant_id: keo, quantity: 6 },
      { variant_id: sau, quantity: 4 },
    ])

    const sale = await sell(staffA, [{ variant_id: keo, quantity: 2 }], "bank_transfer")
    expect(sale.status).toBe(201)
    expect(sale.data.sale).toMatchObject({ total: 170000, payment_method: "bank_transfer", staff: "quay-a@ocop.vn" })
    expect(sale.data.sale.receipt).toMatch(/^HD-/)
    expect(await stock(staffA)).toEqual({ [keo]: 4, [sau]: 4 })
    expect(await level(showroomA, keo)).toBe(4)

    const short = await sell(staffA, [
      { variant_id: sau, quantity: 1 },
      { variant_id: keo, quantity: 5 },
    ])
    expect(short.status).toBe(400)
    expect(short.data.message).toMatch(/Không đủ hàng: còn 4/)

    // a certificate that has expired since the intake: not sold at the counter either
    const [c] = await ctx.container().resolve(OCOP_MODULE).listOcopCertificates({ certificate_number: "T-BT-5" })
    await ctx
      .container()
      .resolve(OCOP_MODULE)
      .updateOcopCertificates({ id: c.id, expires_at: new Date(Date.now() - 1000) })
    const expired = await sell(staffA, [{ variant_id: sau, quantity: 1 }], "card")
    expect(expired.status).toBe(400)
    expect(expired.data.message).toMatch(/Sầu riêng Chợ Lách/)

    expect(await stock(staffA)).toEqual({ [keo]: 4, [sau]: 4 })
    expect((await ctx.api.get("/showroom/sales", bearer(staffA))).data.sales).toHaveLength(1)
    expect((await sell(staffA, [{ variant_id: keo, quantity: 1 }], "crypto")).status).toBe(400)
  })

  it("a sale price list applies at the counter as online: the screen shows it and the sale is charged it", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 5 }])
    const shown = async () =>
      (await ctx.api.get("/showroom/variants?q=keo dua", bearer(staffA))).data.variants.find((v: any) => v.id === keo)
        .price
    expect(await shown()).toBe(85000)
    await ctx.api.post(
      "/admin/price-lists",
      {
        title: "Tết 2027",
        description: "Giảm giá Tết",
        type: "sale",
        status: "active",
        prices: [{ variant_id: keo, amount: 75000, currency_code: "vnd" }],
      },
      ctx.adminHeaders
    )
    expect(await shown()).toBe(75000)
    const sale = await sell(staffA, [{ variant_id: keo, quantity: 2 }])
    expect(sale.data.sale.total).toBe(150000)
    expect(sale.data.sale.lines[0].unit_price).toBe(75000)
  })

  it("10 concurrent counter sales of the last 3 units: exactly 3 are recorded", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 3 }])
    const results = await Promise.all(
      Array.from({ length: 10 }, () => sell(staffA, [{ variant_id: keo, quantity: 1 }]))
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(3)
    expect(await stock(staffA)).toEqual({ [keo]: 0 })
    expect((await ctx.api.get("/showroom/sales", bearer(staffA))).data.sales).toHaveLength(3)
  })

  it("a sale sent twice with the same key (a double click, a retry) is recorded and charged once; a new key is a new sale", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 10 }])
    const body = (key: string) => ({
      payment_method: "cash",
      client_reference: key,
      lines: [{ variant_id: keo, quantity: 2 }],
    })
    const twice = await Promise.all(
      [0, 1, 2, 3].map(() => settle(ctx.api.post("/showroom/sales", body("pos-7f3a9c21-0001"), bearer(staffA))))
    )
    expect(twice.filter((r) => r.status === 201)).toHaveLength(1)
    expect(twice.filter((r) => r.status === 200)).toHaveLength(3)
    expect(new Set(twice.map((r) => r.data.sale.receipt)).size).toBe(1)
    expect(twice.every((r) => r.data.sale.total === twice[0].data.sale.total)).toBe(true)
    const later = await settle(ctx.api.post("/showroom/sales", body("pos-7f3a9c21-0001"), bearer(staffA)))
    expect(later.status).toBe(200)
    expect(later.data.sale.lines).toMatchObject([{ variant_id: keo, quantity: 2 }])
    expect(await stock(staffA)).toEqual({ [keo]: 8 })
    expect(await level(showroomA, keo)).toBe(8)
    // the key is the showroom's: another showroom's sale with it is its own (and here refused for lack of stock)
    expect((await settle(ctx.api.post("/showroom/sales", body("pos-7f3a9c21-0001"), bearer(staffB)))).status).toBe(400)
    expect((await ctx.api.post("/showroom/sales", body("pos-7f3a9c21-0002"), bearer(staffA))).status).toBe(201)
    expect(await stock(staffA)).toEqual({ [keo]: 6 })
    expect((await ctx.api.get("/showroom/sales", bearer(staffA))).data.sales).toHaveLength(2)
    expect((await settle(ctx.api.post("/showroom/sales", body("x y"), bearer(staffA)))).status).toBe(400)
  })

  it("numbers receipts on the server: first deliveries of one product at the same instant all go through, never share a receipt, and a client cannot choose one", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const at = await Promise.all(
      [staffA, staffA, staffB, staffA].map((t) => intake(t, [{ variant_id: keo, quantity: 1 }]))
    )
    expect(at.map((r) => [r.status, r.data.message])).toEqual([0, 1, 2, 3].map(() => [201, undefined]))
    const receipts = at.map((r) => r.data.receipt)
    expect(new Set(receipts).size).toBe(4)
    for (const r of receipts) expect(r).toMatch(/^PN-\d{4}-\d{6}$/)
    const printed = (await ctx.api.get(`/showroom/receipts/${receipts[0]}`, bearer(staffA))).data.receipt
    expect(printed.lines).toHaveLength(1)
    const sale = await sell(staffA, [{ variant_id: keo, quantity: 1 }])
    expect(sale.data.sale.receipt).toMatch(/^HD-\d{4}-\d{6}$/)
    expect(receipts).not.toContain(sale.data.sale.receipt)
    const chosen = await settle(
      ctx.api.post(
        "/showroom/intakes",
        { receipt: sale.data.sale.receipt, lines: [{ variant_id: keo, quantity: 1 }] },
        bearer(staffA)
      )
    )
    expect(chosen.status).toBe(400)
    expect(await stock(staffA)).toEqual({ [keo]: 2 })
  })

  it("settles a producer's sales for a period once: figures reconcile to the sales, a second settlement finds nothing, then confirmed and paid", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    await intake(staffA, [{ variant_id: keo, quantity: 10 }])
    await sell(staffA, [{ variant_id: keo, quantity: 3 }])
    await sell(staffA, [{ variant_id: keo, quantity: 4 }], "card")
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    const period = { producer_id: htx.id, from: today, to: today }

    const first = await ctx.api.post("/showroom/settlements", period, bearer(staffA))
    // 7 x 85.000 = 595.000; 15% = 89.250; net 505.750
    expect(first.data.settlement).toMatchObject({
      units: 7,
      gross: 595000,
      commission: 89250,
      net: 505750,
      status: "draft",
      commission_bps: 1500,
    })
    const sales = (await ctx.api.get("/showroom/sales", bearer(staffA))).data.sales
    expect(sales.reduce((n: number, s: any) => n + s.total, 0)).toBe(first.data.settlement.gross)
    const again = await settle(ctx.api.post("/showroom/settlements", period, bearer(staffA)))
    expect(again.status).toBe(400)
    expect(again.data.message).toMatch(/chưa đối soát/)
    expect((await ctx.api.get("/showroom/settlements", bearer(staffA))).data.settlements).toHaveLength(1)

    const id = first.data.settlement.id
    const csv = (await ctx.api.get(`/showroom/settlements/${id}?format=csv`, bearer(staffA))).data as string
    expect(csv).toContain(`${id},net_payable,,,,,505750`)
    expect((await settle(ctx.api.post(`/showroom/settlements/${id}`, { status: "paid" }, bearer(staffA)))).status).toBe(
      400
    )
    await ctx.api.post(`/showroom/settlements/${id}`, { status: "confirmed" }, bearer(staffA))
    expect(
      (await ctx.api.post(`/showroom/settlements/${id}`, { status: "paid" }, bearer(staffA))).data.settlement.status
    ).toBe("paid")

    // another showroom's staff cannot see or change it
    expect((await settle(ctx.api.get(`/showroom/settlements/${id}`, bearer(staffB)))).status).toBe(404)
    expect((await settle(ctx.api.post(`/showroom/settlements/${id}`, { status: "paid" }, bearer(staffB)))).status).toBe(
      404
    )
    expect((await ctx.api.get("/showroom/settlements", bearer(staffB))).data.settlements).toEqual([])
    expect(
      (
        await settle(
          ctx.api.post("/showroom/settlements", { ...period, from: "2026-12-01", to: "2026-11-01" }, bearer(staffA))
        )
      ).status
    ).toBe(400)
  })

  it("shoppers see the showrooms and which hold a product; the producer sees its goods, sales and settlements at each", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const keoProduct = ctx.productIdByHandle.get("keo-dua-cho-lach")!
    await intake(staffA, [
      { variant_id: keo, quantity: 9, best_before: new Date(Date.now() + 10 * 86_400_000).toISOString() },
    ])
    await sell(staffA, [{ variant_id: keo, quantity: 2 }])

    const locator = (await ctx.api.get("/store/ocop/showrooms", ctx.storeHeaders)).data.showrooms
    expect(locator.map((s: any) => s.name)).toEqual(["Điểm OCOP Chợ Lách", "Điểm OCOP Hà Nội"])
    expect(locator[0]).toMatchObject({
      province: { code: "vinh-long", name: "Vĩnh Long" },
      opening_hours: "7:30-17:30",
    })
    const holding = (await ctx.api.get(`/store/ocop/products/${keoProduct}/availability`, ctx.storeHeaders)).data
      .showrooms
    expect(holding).toEqual([expect.objectContaining({ name: "Điểm OCOP Chợ Lách", available: 7 })])
    // a product off sale is held nowhere, as far as shoppers can tell
    expect(
      (
        await ctx.api.get(
          `/store/ocop/products/${ctx.productIdByHandle.get("fixture-expired")}/availability`,
          ctx.storeHeaders
        )
      ).data
    ).toEqual({ online: {}, showrooms: [] })

    const alerts = (await ctx.api.get("/showroom/alerts", bearer(staffA))).data.alerts
    expect(alerts).toEqual([expect.objectContaining({ kind: "near_best_before", variant_id: keo, units: 7 })])

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
    const authIdentityId = (
      await ctx.container().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "owner@dua.vn" })
    )[0].auth_identity_id
    await setAuthAppMetadataWorkflow(ctx.container()).run({
      input: { authIdentityId, actorType: "producer", value: member.id },
    })
    const login = await ctx.api.post("/auth/producer/emailpass", { email: "owner@dua.vn", password: "mat-khau-123" })
    expect(reg.status).toBe(200)
    const mine = (await ctx.api.get("/producer/consignments", bearer(login.data.token))).data.showrooms
    expect(mine).toEqual([
      expect.objectContaining({
        name: "Điểm OCOP Chợ Lách",
        stock: [expect.objectContaining({ variant_id: keo, on_hand: 7, sold: 2, sold_value: 170000 })],
      }),
    ])
  })

  it("counts under lock: duplicate lines are refused, two counts of the same shelf at once end at the count, and no stock appears for a producer without agreement", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    await intake(staffA, [{ variant_id: keo, quantity: 10 }])
    const count = (counted: number, extra: any[] = []) =>
      settle(
        ctx.api.post(
          "/showroom/adjustments",
          { lines: [{ variant_id: keo, counted, reason: "Kiểm kê" }, ...extra] },
          bearer(staffA)
        )
      )
    const dup = await count(8, [{ variant_id: keo, counted: 8, reason: "Kiểm kê" }])
    expect(dup.status).toBe(400)
    expect(dup.data.message).toMatch(/một lần/)
    await Promise.all([count(8), count(8)])
    expect(await stock(staffA)).toEqual({ [keo]: 8 })
    expect(await level(showroomA, keo)).toBe(8)
    const vai = variantOf.get("vai-thieu-luc-ngan")!
    const found = await settle(
      ctx.api.post(
        "/showroom/adjustments",
        { lines: [{ variant_id: vai, counted: 50, reason: "Tìm thấy trong kho" }] },
        bearer(staffA)
      )
    )
    expect(found.status).toBe(400)
    expect(found.data.message).toMatch(/hợp đồng ký gửi/)
    expect(await stock(staffA)).toEqual({ [keo]: 8 })
  })

  it("a settlement takes every unsettled sale up to its end, and refuses days that do not exist", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    await intake(staffA, [{ variant_id: keo, quantity: 5 }])
    await sell(staffA, [{ variant_id: keo, quantity: 2 }])
    const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
    // a period that starts tomorrow still takes today's sale, which no settlement has taken yet
    const res = await ctx.api.post(
      "/showroom/settlements",
      { producer_id: htx.id, from: day(1), to: day(1) },
      bearer(staffA)
    )
    expect(res.data.settlement).toMatchObject({ units: 2, gross: 170000 })
    for (const bad of [
      { from: "2026-02-30", to: "2026-03-01" },
      { from: "2026-13-01", to: "2026-13-02" },
    ]) {
      const r = await settle(ctx.api.post("/showroom/settlements", { producer_id: htx.id, ...bad }, bearer(staffA)))
      expect(r.status).toBe(400)
      expect(r.data.message).toMatch(/lịch|YYYY/)
    }
  })

  it("goods at a showroom do not make a product look in stock online", async () => {
    const keo = variantOf.get("keo-dua-cho-lach")!
    const [item] = await ctx.container().resolve(Modules.INVENTORY).listInventoryItems({ sku: "KEO-DUA-CHO-LACH" })
    const levels = await ctx.container().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item.id })
    const warehouse = levels.find(
      (l: any) => l.location_id !== showroomA.stock_location_id && l.location_id !== showroomB.stock_location_id
    )!
    await ctx.api.post(
      `/admin/inventory-items/${item.id}/location-levels/${warehouse.location_id}`,
      { stocked_quantity: 0 },
      ctx.adminHeaders
    )
    await intake(staffA, [{ variant_id: keo, quantity: 6 }])
    await eventually(async () => {
      const { data } = await ctx.api.get("/store/ocop/search?q=keo%20dua", ctx.storeHeaders)
      expect(data.hits[0]).toMatchObject({ handle: "keo-dua-cho-lach", in_stock: false })
    })
  })
}
