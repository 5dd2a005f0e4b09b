// Set before the backend loads medusa-config.ts (each test file runs in its own process).
import { VIETQR_TEST_ENV } from "../support/bank-transfer"
Object.assign(process.env, VIETQR_TEST_ENV)

import { QRPay } from "vietnam-qr-pay"
import type { Suite } from "../support/backend-app"
import { bearer, customer, memberOf, placeOrder, settle, tableDigest, variantOfHandle } from "../support/actors"
import { adminPayment, bankTransferOrder, notify, reservationsOf, sepayNotification } from "../support/bank-transfer"
import { BANK_TRANSFER_MODULE } from "../../backend/src/modules/bank-transfer"
import expireBankPayments from "../../backend/src/jobs/expire-bank-payments"

const BANK_TABLES = ["ocop_bank_payment", "ocop_bank_transfer", "payment", "capture", "order", "reservation_item"]

export const bankTransfer: Suite = (ctx) => {
  const bank = () => ctx.container().resolve(BANK_TRANSFER_MODULE)
  const admin = () => ctx.adminHeaders
  const list = async () => (await ctx.api.get("/admin/bank-transfers", admin())).data
  /** The payment's deadline is over (instead of waiting 24 hours). */
  const overdue = async (orderId: string) => {
    const [p] = await bank().listBankPayments({ order_id: orderId })
    await bank().updateBankPayments({ id: p.id, expires_at: new Date(Date.now() - 60_000) })
  }
  const rejections = async () => (await bank().listBankRejections({})).length
  const pay = (t: any, amount = t.amount, over: Record<string, unknown> = {}) =>
    notify(ctx, sepayNotification({ content: `${t.message} chuyen khoan`, transferAmount: amount, ...over }))

  it("offers VietQR beside cash on delivery and shows a Napas VietQR for the exact amount and reference", async () => {
    const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
    const { data } = await ctx.api.get(`/store/payment-providers?region_id=${regions.regions[0].id}`, ctx.storeHeaders)
    expect(data.payment_providers.map((p: any) => p.id)).toEqual(
      expect.arrayContaining(["pp_cod_cod", "pp_vietqr_vietqr"])
    )

    const { order, transfer } = await bankTransferOrder(ctx, 2)
    expect(transfer).toMatchObject({
      status: "awaiting",
      amount: Number(order.total),
      received: 0,
      remaining: Number(order.total),
      bank: { bin: "970436", name: "Vietcombank", account_no: "0011001234567", account_name: "HTX SAN OCOP" },
    })
    expect(transfer.reference).toMatch(/^OCOP[A-Z2-9]{8}$/)
    expect(transfer.message).toBe(`${transfer.reference} Don ${order.display_id}`)
    const hours = (new Date(transfer.expires_at).getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(23.9)
    expect(hours).toBeLessThanOrEqual(24)

    const qr = new QRPay(transfer.qr_payload)
    expect(qr.isValid).toBe(true) // the CRC-16/CCITT-FALSE of tag 63 checks
    expect(qr.provider.guid).toBe("A000000727")
    expect(qr.consumer).toMatchObject({ bankBin: "970436", bankNumber: "0011001234567" })
    expect(qr).toMatchObject({ currency: "704", nation: "VN", amount: String(order.total), initMethod: "12" })
    expect(qr.additionalData.purpose).toBe(transfer.message)
    // Medusa's payment is authorized as an order to pay, not yet captured
    expect((await adminPayment(ctx, order.id)).payment_status).toBe("authorized")
  })

  it("keeps the operator's routes to the operator; an order paid otherwise has no bank transfer; an unknown source is 404", async () => {
    const { transfer } = await bankTransferOrder(ctx)
    await pay(transfer, transfer.amount, { content: "ung ho" })
    const [t] = await bank().listBankTransfers({})
    const [p] = await bank().listBankPayments({})
    const before = await tableDigest(ctx, BANK_TABLES)
    const routes: [string, string, unknown][] = [
      ["get", "/admin/bank-transfers", undefined],
      ["post", `/admin/bank-transfers/${t.id}/match`, { order_display_id: 1 }],
      ["post", `/admin/bank-transfers/payments/${p.id}/mark-paid`, {}],
      ["post", `/admin/bank-transfers/payments/${p.id}/refunded`, { amount: 1 }],
    ]
    const shopper = await customer(ctx, "khach@bank.vn")
    for (const as of [ctx.storeHeaders, shopper]) {
      for (const [method, url, body] of routes) {
        const res = await settle(method === "get" ? ctx.api.get(url, as) : ctx.api.post(url, body, as))
        expect(res.status, `${method} ${url}`).toBe(401)
      }
    }
    expect(await tableDigest(ctx, BANK_TABLES)).toEqual(before)
    const badMatch = await settle(
      ctx.api.post(`/admin/bank-transfers/${t.id}/match`, { order_display_id: "x" }, admin())
    )
    expect(badMatch.status).toBe(400)

    const cod = await placeOrder(ctx, [[await variantOfHandle(ctx, "keo-dua-cho-lach"), 1]])
    const { data } = await ctx.api.get(`/store/bank-transfer/orders/${cod.id}`, ctx.storeHeaders)
    expect(data.bank_transfer).toBeNull()
    const unknown = await settle(ctx.api.post("/hooks/bank-transfer/casso", sepayNotification(), {}))
    expect(unknown.status).toBe(404)
  })

  it("an exact transfer pays the order once: replays change nothing, an altered copy and bad keys are refused and recorded", async () => {
    const { order, transfer } = await bankTransferOrder(ctx)
    const body = sepayNotification({
      content: `MBVCB.123.${transfer.message}.CT tu 0123`,
      transferAmount: transfer.amount,
    })

    const before = await tableDigest(ctx, BANK_TABLES)
    for (const [key, status] of [
      [null, 401],
      ["wrong-key", 401],
    ] as const) {
      const refused = await notify(ctx, body, key)
      expect(refused.status).toBe(status)
      expect(refused.data.message).toMatch(/khóa API.*\(wrong or missing API key\)/)
    }
    expect(await tableDigest(ctx, BANK_TABLES)).toEqual(before)
    expect(await rejections()).toBe(2)

    const paid = await notify(ctx, body)
    expect(paid.status).toBe(200)
    expect(paid.data).toMatchObject({ success: true, status: "matched", duplicate: false })
    expect(await adminPayment(ctx, order.id)).toMatchObject({ payment_status: "captured", captures: [transfer.amount] })
    const { data } = await ctx.api.get(`/store/bank-transfer/orders/${order.id}`, ctx.storeHeaders)
    expect(data.bank_transfer).toMatchObject({
      status: "paid",
      received: transfer.amount,
      remaining: 0,
      qr_payload: null,
    })

    const settled = await tableDigest(ctx, BANK_TABLES)
    const replay = await notify(ctx, body)
    expect(replay.status).toBe(200)
    expect(replay.data).toMatchObject({ success: true, duplicate: true })
    for (const altered of [
      { ...body, transferAmount: transfer.amount * 10 },
      { ...body, content: body.content.replace(transfer.reference, "OCOPAAAAAAAA") },
    ]) {
      const refused = await notify(ctx, altered)
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/nội dung khác \(this transaction was recorded with other content\)/)
    }
    expect(await tableDigest(ctx, BANK_TABLES)).toEqual(settled)
    expect(await adminPayment(ctx, order.id)).toMatchObject({ captures: [transfer.amount] })
    expect((await list()).rejections.map((r: any) => r.reason)).toEqual([
      "altered",
      "altered",
      "unauthorized",
      "unauthorized",
    ])
  })

  it("refuses malformed, outgoing and other accounts' notifications with a message, records them, changes nothing", async () => {
    const { order, transfer } = await bankTransferOrder(ctx)
    const before = await tableDigest(ctx, BANK_TABLES)
    const cases: [unknown, number, RegExp][] = [
      [{ id: 1 }, 400, /không hợp lệ \(malformed notification\)/],
      [sepayNotification({ content: transfer.message, transferAmount: 1.5 }), 400, /malformed/],
      [sepayNotification({ content: transfer.message, transferAmount: -transfer.amount }), 400, /malformed/],
      [sepayNotification({ content: "a\u0000b", transferAmount: transfer.amount }), 400, /malformed/],
      [
        sepayNotification({ content: transfer.message, transferType: "out" }),
        422,
        /\(an outgoing transfer pays no order\)/,
      ],
      [
        sepayNotification({ content: transfer.message, accountNumber: "999" }),
        422,
        /\(a transfer to another account\)/,
      ],
    ]
    for (const [body, status, message] of cases) {
      const res = await notify(ctx, body)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect(res.data.message).toMatch(message)
    }
    expect(await tableDigest(ctx, BANK_TABLES)).toEqual(before)
    expect(await rejections()).toBe(cases.length)
    expect((await adminPayment(ctx, order.id)).payment_status).toBe("authorized")
  })

  it("less is partly paid until the rest arrives, in either order; more is paid with the excess listed for refund", async () => {
    const { order, transfer } = await bankTransferOrder(ctx)
    const first = 50_000
    const rest = sepayNotification({ content: transfer.message, transferAmount: transfer.amount - first })
    const part = sepayNotification({ content: transfer.message, transferAmount: first })
    // the bank's second notification delivered first
    expect((await notify(ctx, rest)).data.status).toBe("partial")
    expect(await adminPayment(ctx, order.id)).toMatchObject({ payment_status: "partially_captured" })
    const seen = await list()
    expect(seen.open.find((p: any) => p.order_id === order.id)).toMatchObject({
      status: "partial",
      received: transfer.amount - first,
    })
    expect(seen.transfers[0]).toMatchObject({ status: "partial", order_display_id: order.display_id })
    const { data: shown } = await ctx.api.get(`/store/bank-transfer/orders/${order.id}`, ctx.storeHeaders)
    expect(shown.bank_transfer).toMatchObject({ status: "partial", remaining: first })
    expect(new QRPay(shown.bank_transfer.qr_payload).amount).toBe(String(first))

    expect((await notify(ctx, part)).data.status).toBe("matched")
    const paid = await adminPayment(ctx, order.id)
    expect(paid.payment_status).toBe("captured")
    expect(paid.captures.reduce((a, b) => a + b, 0)).toBe(transfer.amount)

    const over = await bankTransferOrder(ctx)
    expect((await pay(over.transfer, over.transfer.amount + 20_000)).data.status).toBe("overpaid")
    expect(await adminPayment(ctx, over.order.id)).toMatchObject({
      payment_status: "captured",
      captures: [over.transfer.amount],
    })
    const refunds = (await list()).refunds
    expect(refunds).toEqual([
      expect.objectContaining({ order_id: over.order.id, status: "overpaid", refund_due: 20_000 }),
    ])
    // a double click on "sent" records the refund once
    const url = `/admin/bank-transfers/payments/${refunds[0].id}/refunded`
    const sent = await Promise.all([1, 2].map(() => settle(ctx.api.post(url, { amount: 20_000 }, admin()))))
    expect(sent.map((r) => r.status).sort()).toEqual([200, 400])
    const ok = sent.find((r) => r.status === 200)!
    expect(ok.data.payment).toMatchObject({ refund_due: 0, refunded_amount: 20_000, refunded_by: expect.any(String) })
    const tooMuch = await settle(ctx.api.post(url, { amount: 1 }, admin()))
    expect(tooMuch.status).toBe(400)
    expect((await list()).refunds).toEqual([])
  }, 120_000)

  it("a transfer without a known reference is recorded unmatched; the operator matches it by hand, with who and when", async () => {
    const { order, transfer } = await bankTransferOrder(ctx)
    const garbled = transfer.reference.slice(0, 11) + (transfer.reference.endsWith("A") ? "B" : "A")
    expect((await pay(transfer, transfer.amount, { content: `${garbled} thanh toan` })).data.status).toBe("unmatched")
    expect((await pay(transfer, transfer.amount, { content: "ung ho" })).data.status).toBe("unmatched")
    expect((await adminPayment(ctx, order.id)).payment_status).toBe("authorized")
    const unmatched = (await ctx.api.get("/admin/bank-transfers?status=unmatched", admin())).data.transfers
    expect(unmatched).toHaveLength(2)

    const bad = await settle(
      ctx.api.post(`/admin/bank-transfers/${unmatched[0].id}/match`, { order_display_id: 99999 }, admin())
    )
    expect(bad.status).toBe(404)
    expect(bad.data.message).toMatch(/\(no order #99999 paid by bank transfer\)/)
    const matched = await ctx.api.post(
      `/admin/bank-transfers/${unmatched[0].id}/match`,
      { order_display_id: order.display_id },
      admin()
    )
    expect(matched.data).toMatchObject({ status: "matched", captured: transfer.amount })
    expect(await adminPayment(ctx, order.id)).toMatchObject({ payment_status: "captured", captures: [transfer.amount] })
    const again = await settle(
      ctx.api.post(`/admin/bank-transfers/${unmatched[0].id}/match`, { order_display_id: order.display_id }, admin())
    )
    expect(again.status).toBe(400)
    const row = (await list()).transfers.find((t: any) => t.id === unmatched[0].id)
    expect(row).toMatchObject({ matched_by: expect.stringMatching(/^user_/), matched_at: expect.any(String) })
  })

  it("the operator marks an order paid by hand once, recorded with who and when", async () => {
    const { order } = await bankTransferOrder(ctx)
    const [p] = await bank().listBankPayments({ order_id: order.id })
    const [a, b] = await Promise.all([
      settle(ctx.api.post(`/admin/bank-transfers/payments/${p.id}/mark-paid`, {}, admin())),
      settle(ctx.api.post(`/admin/bank-transfers/payments/${p.id}/mark-paid`, {}, admin())),
    ])
    expect([a.status, b.status].sort()).toEqual([200, expect.any(Number)])
    expect([a.status, b.status].filter((s) => s === 200)).toHaveLength(1)
    expect(await adminPayment(ctx, order.id)).toMatchObject({
      payment_status: "captured",
      captures: [Number(order.total)],
    })
    const [after] = await bank().listBankPayments({ order_id: order.id })
    expect(after).toMatchObject({ status: "paid", marked_paid_by: expect.stringMatching(/^user_/) })
  })

  it("the same notification delivered five times at once is one transfer and one capture", async () => {
    const { order, transfer } = await bankTransferOrder(ctx)
    const body = sepayNotification({ content: transfer.message, transferAmount: transfer.amount })
    const answers = await Promise.all(Array.from({ length: 5 }, () => notify(ctx, body)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
    expect(answers.filter((a) => !a.data.duplicate)).toHaveLength(1)
    expect(await bank().listBankTransfers({ transaction_id: String(body.id) })).toHaveLength(1)
    expect(await adminPayment(ctx, order.id)).toMatchObject({ captures: [transfer.amount] })
  })

  it("at the deadline an unpaid order is cancelled and its stock released; a transfer after it is listed for refund", async () => {
    const { order, transfer } = await bankTransferOrder(ctx)
    const paidInTime = await bankTransferOrder(ctx)
    await pay(paidInTime.transfer)
    expect(await reservationsOf(ctx, order)).toHaveLength(1)
    await expireBankPayments(ctx.container()) // not yet due: nothing
    expect((await adminPayment(ctx, order.id)).status).not.toBe("canceled")

    await overdue(order.id)
    await overdue(paidInTime.order.id)
    await expireBankPayments(ctx.container())
    await expireBankPayments(ctx.container()) // twice: the same outcome
    expect(await adminPayment(ctx, order.id)).toMatchObject({ status: "canceled", captures: [], canceled: true })
    expect(await reservationsOf(ctx, order)).toHaveLength(0)
    expect((await adminPayment(ctx, paidInTime.order.id)).status).not.toBe("canceled")
    const { data } = await ctx.api.get(`/store/bank-transfer/orders/${order.id}`, ctx.storeHeaders)
    expect(data.bank_transfer).toMatchObject({ status: "expired", qr_payload: null })

    const late = await pay(transfer)
    expect(late.status).toBe(200)
    expect(late.data).toMatchObject({ success: true, status: "late" })
    expect(await adminPayment(ctx, order.id)).toMatchObject({ status: "canceled", captures: [] })
    expect((await list()).refunds).toEqual([
      expect.objectContaining({ order_id: order.id, order_status: "canceled", refund_due: transfer.amount }),
    ])
  }, 120_000)

  it("an order cancelled at the deadline while its transfer arrives ends paid or cancelled-and-listed, never both, never lost", async () => {
    const placed: any[] = []
    for (let i = 0; i < 4; i++) placed.push(await bankTransferOrder(ctx))
    for (const p of placed) await overdue(p.order.id)
    await Promise.all([
      expireBankPayments(ctx.container()),
      ...placed.map((p) => pay(p.transfer)),
      expireBankPayments(ctx.container()),
    ])
    const refunds = (await list()).refunds
    for (const { order, transfer } of placed) {
      const state = await adminPayment(ctx, order.id)
      const [t] = await bank().listBankTransfers({ order_id: order.id })
      expect(t, "the transfer is recorded").toBeDefined()
      const refund = refunds.find((r: any) => r.order_id === order.id)
      if (state.status === "canceled") {
        expect(state.captures).toEqual([])
        expect(t.status).toBe("late")
        expect(refund).toMatchObject({ refund_due: transfer.amount })
      } else {
        expect(state).toMatchObject({ payment_status: "captured", captures: [transfer.amount] })
        expect(t.status).toBe("matched")
        expect(refund).toBeUndefined()
      }
    }
  }, 180_000)

  it("payouts count a VietQR-paid order like any paid order; an operator's cancel of a paid order lists it for refund", async () => {
    const producer = (await memberOf(ctx, "htx-dua-cho-lach", "dua@cholach.vn")).token
    const { order, transfer } = await bankTransferOrder(ctx)
    await pay(transfer)
    const cod = await placeOrder(ctx, [[await variantOfHandle(ctx, "keo-dua-cho-lach"), 1]])
    const csv = (await ctx.api.get("/producer/payouts?format=csv", bearer(producer))).data as string
    expect(csv).toMatch(new RegExp(`,${order.display_id},[^\\n]*,completed,`))
    expect(csv).toMatch(new RegExp(`,${cod.display_id},[^\\n]*,authorized,`))
    const payouts = (await ctx.api.get("/producer/payouts", bearer(producer))).data
    expect(payouts.periods[0]).toMatchObject({ orders: 2, units: 2, gross: 170_000 })

    const canceled = await settle(ctx.api.post(`/admin/orders/${order.id}/cancel`, {}, admin()))
    expect(canceled.status).toBe(200)
    expect((await list()).refunds).toEqual([
      expect.objectContaining({ order_id: order.id, order_status: "canceled", refund_due: transfer.amount }),
    ])
    // a transfer arriving for the cancelled order is never captured: it joins what is to refund
    expect((await pay(transfer)).data).toMatchObject({ success: true, status: "late" })
    expect(await adminPayment(ctx, order.id)).toMatchObject({ status: "canceled", captures: [transfer.amount] })
    expect((await list()).refunds.find((r: any) => r.order_id === order.id).refund_due).toBe(2 * transfer.amount)
    const after = (await ctx.api.get("/producer/payouts", bearer(producer))).data
    expect(after.periods[0]).toMatchObject({ orders: 1, units: 1, gross: 85_000 })
  }, 120_000)
}
