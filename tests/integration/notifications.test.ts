// Set before the backend loads medusa-config.ts (each test file runs in its own process).
import { VIETQR_TEST_ENV } from "../support/bank-transfer"
Object.assign(process.env, VIETQR_TEST_ENV)

import { createRequire } from "node:module"
import { Modules } from "@medusajs/framework/utils"
import { startDevInbox, type ReceivedMail } from "../../scripts/lib/dev-inbox"
import { withBackend } from "../support/backend-app"
import { bearer, memberOf, placeOrder, settle, staffToken, variantOfHandle } from "../support/actors"
import { notify, bankTransferOrder, sepayNotification } from "../support/bank-transfer"
import { eventually } from "../support/eventually"
import { formatVnd as money } from "../../backend/src/modules/ocop/lib/money"
import { MAIL_MODULE } from "../../backend/src/modules/mail"
import { MAX_ATTEMPTS } from "../../backend/src/modules/mail/lib/retry"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { deliverMessagesWorkflow } from "../../backend/src/workflows/notification/deliver-messages"
import { retryMessagesWorkflow } from "../../backend/src/workflows/notification/retry-messages"
import { sendMessages } from "../../backend/src/workflows/notification/utils/send"

/**
 * Emails, received by a real SMTP server started here (the development inbox):
 * each message arrives once, to the right people only, in the shopper's
 * language, with the right figures.
 */
const inbox = await startDevInbox()
process.env.SMTP_URL = `smtp://localhost:${inbox.smtpPort}`
process.env.MAIL_FROM = "Sàn OCOP <no-reply@ocop.test>"
afterAll(() => inbox.close())

const to = (email: string) => inbox.messages.filter((m) => m.to.includes(email))
async function arrived(email: string, count = 1, subject?: RegExp): Promise<ReceivedMail[]> {
  const of = () => to(email).filter((m) => !subject || subject.test(m.subject))
  await eventually(async () => expect(of().length).toBeGreaterThanOrEqual(count), 30_000)
  return of()
}
// backend code that imports a module link is loaded by Node's require, as Medusa loads it: a second copy
// through Vite would define the link twice ("Link module ... already exists")
const backend = createRequire(import.meta.url)
const scheduled = () =>
  backend(
    "../../backend/src/workflows/notification/messages/scheduled-messages"
  ) as typeof import("../../backend/src/workflows/notification/messages/scheduled-messages")
const scheduledBank = () =>
  backend(
    "../../backend/src/workflows/notification/messages/bank-transfer-messages"
  ) as typeof import("../../backend/src/workflows/notification/messages/bank-transfer-messages")
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
const DAY = 86_400_000
// a booted backend on a shared 2-core machine: checkouts take seconds each
const SLOW = 240_000

withBackend((ctx) => {
  beforeEach(() => inbox.clear())

  it("an order placed: the shopper's confirmation and each producer's own lines, once", async () => {
    await memberOf(ctx, "htx-dua-cho-lach", "dua@htx.test")
    await memberOf(ctx, "ho-vai-luc-ngan", "vai@ho.test")
    const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
    const vai = await variantOfHandle(ctx, "vai-thieu-luc-ngan")
    const order = await placeOrder(
      ctx,
      [
        [keo, 2],
        [vai, 1],
      ],
      { email: "lan@khach.test" }
    )

    const [shopper] = await arrived("lan@khach.test")
    expect(shopper.subject).toBe(`Đặt hàng thành công đơn #${order.display_id}: 285.000 ₫`)
    expect(shopper.text).toContain("Kẹo dừa Chợ Lách · ★★★★ OCOP 4 sao")
    expect(shopper.text).toContain("Tổng cộng | 285.000 ₫")
    expect(shopper.html).toContain("285.000 ₫")
    expect(shopper.html).not.toMatch(/<img/)

    const [dua] = await arrived("dua@htx.test")
    const [vaiMail] = await arrived("vai@ho.test")
    expect(dua.subject).toBe(`Đơn hàng mới #${order.display_id}: 2 sản phẩm, 170.000 ₫`)
    expect(dua.text).toContain("Kẹo dừa Chợ Lách | × 2 | 85.000 ₫ | 170.000 ₫")
    // no producer sees another producer's lines or prices
    expect(dua.text + dua.html).not.toContain("Vải thiều")
    expect(vaiMail.text).toContain("Vải thiều Lục Ngạn | × 1 | 85.000 ₫")
    expect(vaiMail.text + vaiMail.html).not.toContain("Kẹo dừa")
    expect(vaiMail.text).not.toContain("170.000")

    // a second delivery of the same event sends nothing
    await ctx
      .container()
      .resolve(Modules.EVENT_BUS)
      .emit({ name: "order.placed", data: { id: order.id } })
    await new Promise((r) => setTimeout(r, 1500))
    expect(to("lan@khach.test")).toHaveLength(1)
    expect(to("dua@htx.test")).toHaveLength(1)
    expect(to("vai@ho.test")).toHaveLength(1)
    expect(inbox.messages).toHaveLength(3)
  })

  const admin = () => ctx.adminHeaders
  const ocop = () => ctx.container().resolve(OCOP_MODULE)

  async function showroomWithStock(variantId: string, units: number) {
    const { data } = await ctx.api.post(
      "/admin/ocop/showrooms",
      {
        name: "Điểm OCOP Chợ Lách",
        handle: "diem-ocop-cho-lach",
        address: "1 Đường 30/4, Xã Chợ Lách",
        commune: "Xã Chợ Lách",
        province_code: "vinh-long",
        opening_hours: "7:30-17:30",
      },
      admin()
    )
    const [htx] = await ocop().listOcopProducers({ handle: "htx-dua-cho-lach" })
    await ctx.api.post(
      `/admin/ocop/showrooms/${data.showroom.id}/agreements`,
      { producer_id: htx.id, commission_bps: 1500, consignment_days: 60 },
      admin()
    )
    const { token } = await staffToken(ctx, data.showroom.id, "quay@ocop.test")
    await ctx.api.post("/showroom/intakes", { lines: [{ variant_id: variantId, quantity: units }] }, bearer(token))
    return { showroom: data.showroom, staff: token }
  }

  it(
    "a pickup in English: the staff's order to prepare, then ready (address, hours, what to bring) and collected",
    async () => {
      const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
      const { staff } = await showroomWithStock(keo, 5)
      const order = await placeOrder(ctx, [[keo, 2]], {
        email: "tom@tourist.test",
        option: "Điểm OCOP Chợ Lách",
        provider: "pp_showroom_cod",
        locale: "en",
      })
      const [prepare] = await arrived("quay@ocop.test")
      expect(prepare.subject).toBe(`Đơn nhận tại điểm bán #${order.display_id}: cần chuẩn bị`)
      expect(prepare.text).toContain("Kẹo dừa Chợ Lách | × 2")
      expect(prepare.text).toContain("thanh toán 170.000 ₫ tại quầy")
      const [placed] = await arrived("tom@tourist.test")
      expect(placed.subject).toBe(`Order #${order.display_id} placed: ₫170,000`)
      expect(placed.text).toContain("Pay at the showroom when you collect")
      expect(placed.text).toContain("Opening hours: 7:30-17:30")

      await ctx.api.post(`/showroom/pickups/${order.id}/ready`, {}, bearer(staff))
      const [ready] = await arrived("tom@tourist.test", 1, /ready for pickup/)
      expect(ready.subject).toBe(`Order #${order.display_id} is ready for pickup at Điểm OCOP Chợ Lách`)
      expect(ready.text).toContain("Address: 1 Đường 30/4, Xã Chợ Lách")
      expect(ready.text).toContain(`Bring your order number #${order.display_id}`)
      expect(ready.text).toContain("₫170,000 to pay at the counter")

      await ctx.api.post(`/showroom/pickups/${order.id}/collected`, { payment_method: "cash" }, bearer(staff))
      const [collected] = await arrived("tom@tourist.test", 1, /collected/)
      expect(collected.subject).toBe(`Order #${order.display_id} collected`)
      await pause(1500)
      // the collection updated the order again: "ready" is not sent twice, and cash needs no "payment received"
      expect(to("tom@tourist.test").map((m) => m.subject)).toHaveLength(3)
      expect(to("quay@ocop.test")).toHaveLength(1)
    },
    SLOW
  )

  it(
    "a producer's part shipped (tracking number and link), and a cancelled order with the reason",
    async () => {
      const dua = await memberOf(ctx, "htx-dua-cho-lach", "dua@htx.test")
      const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
      const vai = await variantOfHandle(ctx, "vai-thieu-luc-ngan")
      const order = await placeOrder(
        ctx,
        [
          [keo, 1],
          [vai, 1],
        ],
        { email: "lan@khach.test" }
      )
      await arrived("lan@khach.test")
      await ctx.api.post(
        `/producer/orders/${order.id}/shipments`,
        { tracking_number: "GHN123456", tracking_url: "https://ghn.vn/tracking/GHN123456" },
        bearer(dua.token)
      )
      const [shipped] = await arrived("lan@khach.test", 1, /đã gửi hàng/)
      expect(shipped.subject).toBe(`Đơn #${order.display_id}: Hợp tác xã Dừa Chợ Lách đã gửi hàng`)
      expect(shipped.text).toContain("Mã vận đơn: GHN123456")
      expect(shipped.html).toContain('href="https://ghn.vn/tracking/GHN123456"')
      expect(shipped.text).toContain("Kẹo dừa Chợ Lách | × 1")
      expect(shipped.text).not.toContain("Vải thiều")

      const other = await placeOrder(ctx, [[vai, 2]], { email: "lan@khach.test" })
      await arrived("lan@khach.test", 1, new RegExp(`#${other.display_id}:`))
      await ctx.api.post(
        `/admin/orders/${other.id}`,
        { metadata: { ocop_cancel_reason: "Hết hàng vải thiều" } },
        admin()
      )
      await ctx.api.post(`/admin/orders/${other.id}/cancel`, {}, admin())
      const [canceled] = await arrived("lan@khach.test", 1, /bị hủy/)
      expect(canceled.subject).toBe(`Đơn #${other.display_id} đã bị hủy`)
      expect(canceled.text).toContain(`Đơn hàng #${other.display_id} (200.000 ₫) đã bị hủy.`)
      expect(canceled.text).toContain("Lý do: Hết hàng vải thiều")
      expect(canceled.text).toContain("Bạn chưa bị thu tiền.")
    },
    SLOW
  )

  it(
    "certificates: the operator reviews a submission; the producer hears of the decision and of its product leaving sale",
    async () => {
      await memberOf(ctx, "htx-dua-cho-lach", "dua@htx.test")
      await memberOf(ctx, "ho-vai-luc-ngan", "vai@ho.test")
      const keoId = ctx.productIdByHandle.get("keo-dua-cho-lach")!
      const [htx] = await ocop().listOcopProducers({ handle: "htx-dua-cho-lach" })
      const body = {
        product_id: keoId,
        producer_id: htx.id,
        product_name: "Kẹo dừa Chợ Lách",
        certificate_number: "TW-BT-9",
        decision_number: "77/QĐ-BNN",
        issuing_authority: "Bộ Nông nghiệp và Môi trường",
        stars: 5,
        score: 91,
        product_group: "food",
        issued_at: "2026-01-15",
        commune: "Xã Hòa Nghĩa",
        province_code: "ben-tre",
      }
      const first = (await ctx.api.post("/admin/ocop/certificates", body, admin())).data.certificate
      const [submitted] = await arrived("operator@ocop.test")
      expect(submitted.subject).toBe("Giấy chứng nhận chờ duyệt: TW-BT-9 (Kẹo dừa Chợ Lách)")
      expect(submitted.text).toContain("★★★★★ OCOP 5 sao")

      await ctx.api.post(
        `/admin/ocop/certificates/${first.id}/status`,
        { status: "rejected", reason: "Thiếu quyết định công nhận" },
        admin()
      )
      const [rejected] = await arrived("dua@htx.test")
      expect(rejected.subject).toBe("Giấy chứng nhận TW-BT-9 bị từ chối")
      expect(rejected.text).toContain("Lý do: Thiếu quyết định công nhận")

      // the product's only verified certificate (T-BT-1) is revoked: the product leaves sale
      const [current] = await ocop().listOcopCertificates({ product_id: keoId, status: "verified" })
      await ctx.api.post(
        `/admin/ocop/certificates/${current.id}/status`,
        { status: "revoked", reason: "Cơ sở ngừng sản xuất" },
        admin()
      )
      const [left] = await arrived("dua@htx.test", 1, /ngừng bán/)
      expect(left.subject).toBe("Kẹo dừa Chợ Lách đã ngừng bán trên sàn")
      expect(left.text).toContain(`Giấy chứng nhận ${current.certificate_number} đã bị thu hồi`)
      expect(left.text).toContain("Lý do: Cơ sở ngừng sản xuất")
      await pause(1000)
      expect(to("dua@htx.test")).toHaveLength(2)
      expect(to("vai@ho.test")).toHaveLength(0)
    },
    SLOW
  )

  it(
    "expiry reminders at 60 and 30 days, once each; the unsubscribe link works and a forged one does not",
    async () => {
      const dua = await memberOf(ctx, "htx-dua-cho-lach", "dua@htx.test")
      const keoId = ctx.productIdByHandle.get("keo-dua-cho-lach")!
      const now = new Date()
      // Kẹo dừa's T-BT-1 becomes its current certificate ending 45 days from now
      const [current] = await ocop().listOcopCertificates({ product_id: keoId, status: "verified" })
      await ocop().updateOcopCertificates({ id: current.id, expires_at: new Date(now.getTime() + 45 * DAY) })
      const run = (at: Date) =>
        sendMessages(ctx.container(), "reminders", () => scheduled().expiryReminderMessages(ctx.container(), at))

      await run(now)
      await run(now) // the job twice on one day
      const [sixty] = await arrived("dua@htx.test")
      expect(sixty.subject).toBe(`Giấy chứng nhận ${current.certificate_number} hết hạn sau 60 ngày`)
      expect(sixty.text).toContain("★★★★ OCOP 4 sao")
      await run(new Date(now.getTime() + 3 * DAY))
      expect(to("dua@htx.test")).toHaveLength(1)

      const link = sixty.text.match(/Hủy đăng ký: (\S+)/)![1]
      expect(sixty.headers["list-unsubscribe"]).toContain(link)
      const path = link.replace(/^https?:\/\/[^/]+/, "")
      const token = new URL(link).searchParams.get("token")!

      // a forged token: another address, or a changed signature
      const [payload, signature] = token.split(".")
      const otherPayload = Buffer.from(JSON.stringify({ e: "vai@ho.test", c: "certificate_reminders" })).toString(
        "base64url"
      )
      for (const forged of [`${otherPayload}.${signature}`, `${payload}.${signature.slice(0, -2)}xx`, "abc"]) {
        const res = await settle(ctx.api.post(`/mail/unsubscribe?token=${encodeURIComponent(forged)}`, {}))
        expect(res.status).toBe(400)
      }
      const page = await ctx.api.get(path)
      expect(page.data).toContain("dua@htx.test")
      expect(page.data).toContain('method="post"')
      let prefs = (await ctx.api.get("/producer/mail-preferences", bearer(dua.token))).data.preferences
      expect(prefs.find((p: any) => p.category === "certificate_reminders").subscribed).toBe(true)
      const done = await ctx.api.post(path, {})
      expect(done.status).toBe(200)
      expect(done.data).toContain("Đã hủy đăng ký")
      prefs = (await ctx.api.get("/producer/mail-preferences", bearer(dua.token))).data.preferences
      expect(prefs.find((p: any) => p.category === "certificate_reminders").subscribed).toBe(false)

      // 20 days later (25 left) the 30-day reminder is due, but this member turned reminders off
      await run(new Date(now.getTime() + 20 * DAY))
      await pause(500)
      expect(to("dua@htx.test")).toHaveLength(1)
      // turned back on in the portal, it arrives
      await ctx.api.post(
        "/producer/mail-preferences",
        { category: "certificate_reminders", subscribed: true },
        bearer(dua.token)
      )
      await run(new Date(now.getTime() + 21 * DAY))
      const [, thirty] = await arrived("dua@htx.test", 2)
      expect(thirty.subject).toBe(`Giấy chứng nhận ${current.certificate_number} hết hạn sau 30 ngày`)
    },
    SLOW
  )

  it(
    "a stopped SMTP server neither fails nor slows a checkout; the mail arrives once it is back",
    async () => {
      const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
      await inbox.pause()
      try {
        const started = Date.now()
        const order = await placeOrder(ctx, [[keo, 1]], { email: "lan@khach.test" })
        const placeMs = Date.now() - started
        expect(order.id).toBeTruthy()
        const mail = ctx.container().resolve(MAIL_MODULE)
        await eventually(async () => {
          const [d] = await mail.listMailDeliveries({ to: "lan@khach.test" })
          expect(d?.status).toBe("failed")
        }, 30_000)
        // the same checkout with the server up, for comparison
        await inbox.resume()
        const t2 = Date.now()
        await placeOrder(ctx, [[keo, 1]], { email: "other@khach.test" })
        expect(placeMs).toBeLessThan(Math.max(5_000, (Date.now() - t2) * 3))
        await arrived("other@khach.test")
        expect(to("lan@khach.test")).toHaveLength(0)

        // the retry job, once the backoff has passed
        const retry = (at: Date) => retryMessagesWorkflow(ctx.container()).run({ input: { at } })
        await retry(new Date()) // not due yet
        expect(to("lan@khach.test")).toHaveLength(0)
        await retry(new Date(Date.now() + 2 * 60_000))
        const [late] = await arrived("lan@khach.test")
        expect(late.subject).toBe(`Đặt hàng thành công đơn #${order.display_id}: 115.000 ₫`)
        await retry(new Date(Date.now() + 60 * 60_000))
        await pause(500)
        expect(to("lan@khach.test")).toHaveLength(1)
        const [d] = await mail.listMailDeliveries({ to: "lan@khach.test" })
        expect(d).toMatchObject({ status: "sent", attempts: 2 })
      } finally {
        await inbox.resume()
      }
    },
    SLOW
  )

  it(
    "after the last try the operator sees the email that could not be sent, and can send it again",
    async () => {
      const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
      await inbox.pause()
      let at = Date.now()
      try {
        await placeOrder(ctx, [[keo, 1]], { email: "lan@khach.test" })
        const mail = ctx.container().resolve(MAIL_MODULE)
        await eventually(
          async () => expect((await mail.listMailDeliveries({ to: "lan@khach.test" }))[0]?.status).toBe("failed"),
          30_000
        )
        for (let i = 1; i < MAX_ATTEMPTS; i++) {
          at += 24 * 3_600_000
          await retryMessagesWorkflow(ctx.container()).run({ input: { at: new Date(at) } })
        }
        const { data } = await ctx.api.get("/admin/mail/deliveries", admin())
        const given = data.deliveries.find((d: any) => d.to === "lan@khach.test")
        expect(given).toMatchObject({ status: "gave_up", attempts: MAX_ATTEMPTS, template: "order-placed" })
        expect(given.last_error).toMatch(/ECONNREFUSED|connect/i)

        await inbox.resume()
        await ctx.api.post(`/admin/mail/deliveries/${given.id}/retry`, {}, admin())
        await retryMessagesWorkflow(ctx.container()).run({ input: { at: new Date(at + 60_000) } })
        await arrived("lan@khach.test")
        expect((await ctx.api.get("/admin/mail/deliveries", admin())).data.count).toBe(0)
      } finally {
        await inbox.resume()
      }
    },
    SLOW
  )

  it(
    "VietQR: the confirmation gives the transfer details; the transfer's arrival sends 'payment received'; an unmatched one reaches the operator",
    async () => {
      const { order, transfer } = await bankTransferOrder(ctx)
      const [placed] = await arrived("mua@example.vn")
      expect(placed.text).toContain("Chuyển khoản VietQR")
      expect(placed.text).toContain(
        `chuyển khoản ${money(transfer.amount)} đến Vietcombank, số tài khoản 0011001234567 (HTX SAN OCOP), nội dung "${transfer.message}"`
      )
      await notify(
        ctx,
        sepayNotification({ content: `${transfer.message} chuyen khoan`, transferAmount: transfer.amount })
      )
      const [paid] = await arrived("mua@example.vn", 1, /Đã nhận thanh toán/)
      expect(paid.subject).toBe(`Đã nhận thanh toán đơn #${order.display_id}`)
      expect(paid.text).toContain(`Chúng tôi đã nhận ${money(transfer.amount)} cho đơn hàng #${order.display_id}`)

      await notify(ctx, sepayNotification({ content: "ung ho", transferAmount: 50_000 }))
      const run = () =>
        sendMessages(ctx.container(), "unmatched", () =>
          scheduledBank().unmatchedTransferMessages(ctx.container(), new Date())
        )
      await run()
      await run()
      const [unmatched] = await arrived("operator@ocop.test", 1, /chưa khớp/)
      expect(unmatched.subject).toBe("Chuyển khoản chưa khớp đơn: 50.000 ₫")
      expect(unmatched.text).toContain("Nội dung: ung ho")
      await pause(500)
      expect(to("operator@ocop.test").filter((m) => /chưa khớp/.test(m.subject))).toHaveLength(1)
      expect(to("mua@example.vn")).toHaveLength(2)
    },
    SLOW
  )

  it(
    "a showroom's settlement, stock past its best-before, and the month's payout statement",
    async () => {
      await memberOf(ctx, "htx-dua-cho-lach", "dua@htx.test")
      await memberOf(ctx, "ho-vai-luc-ngan", "vai@ho.test")
      const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
      const vai = await variantOfHandle(ctx, "vai-thieu-luc-ngan")
      const { staff } = await showroomWithStock(keo, 5)
      await ctx.api.post(
        "/showroom/intakes",
        { lines: [{ variant_id: keo, quantity: 2, lot: "L-OLD", best_before: "2026-01-31" }] },
        bearer(staff)
      )
      await ctx.api.post(
        "/showroom/sales",
        { payment_method: "cash", lines: [{ variant_id: keo, quantity: 3 }] },
        bearer(staff)
      )
      const [htx] = await ocop().listOcopProducers({ handle: "htx-dua-cho-lach" })
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
      await ctx.api.post("/showroom/settlements", { producer_id: htx.id, from: today, to: today }, bearer(staff))
      const [settlement] = await arrived("dua@htx.test", 1, /Bảng đối soát/)
      expect(settlement.subject).toMatch(/^Bảng đối soát Điểm OCOP Chợ Lách: /)
      expect(settlement.text).toContain("Số sản phẩm bán: 3")
      expect(settlement.text).toContain("Hoa hồng điểm bán:")
      expect(settlement.text).toMatch(/Hủy đăng ký: http/)

      await sendMessages(ctx.container(), "stock", () => scheduled().stockAlertMessages(ctx.container(), new Date()))
      const [alerts] = await arrived("quay@ocop.test", 1, /lô hàng cần xử lý/)
      expect(alerts.text).toContain("Kẹo dừa Chợ Lách | L-OLD | 2 | đã hết hạn sử dụng")

      // online orders of this month, statement sent next month: each producer its own figures only
      await placeOrder(
        ctx,
        [
          [keo, 2],
          [vai, 1],
        ],
        { email: "lan@khach.test" }
      )
      await arrived("dua@htx.test", 1, /Đơn hàng mới/)
      const nextMonth = new Date(Date.now() + 32 * DAY)
      const statements = () =>
        sendMessages(ctx.container(), "payouts", () => scheduled().payoutStatementMessages(ctx.container(), nextMonth))
      await statements()
      await statements()
      const [mine] = await arrived("dua@htx.test", 1, /Bảng kê doanh thu/)
      expect(mine.text).toContain("Số đơn: 1")
      expect(mine.text).toContain("Doanh thu: 170.000 ₫")
      const [theirs] = await arrived("vai@ho.test", 1, /Bảng kê doanh thu/)
      expect(theirs.text).toContain("Doanh thu: 85.000 ₫")
      expect(theirs.text).not.toContain("170.000")
      await pause(500)
      expect(to("dua@htx.test").filter((m) => /Bảng kê/.test(m.subject))).toHaveLength(1)
    },
    SLOW
  )

  it(
    "the same message delivered by five workers at once is sent once",
    async () => {
      const message = {
        key: "ocop.test.race:1:race@khach.test",
        to: "race@khach.test",
        template: "payment-received" as const,
        data: { display_id: 7, amount: 185000 },
        trigger: "ocop.test.race",
      }
      await Promise.all(
        Array.from({ length: 5 }, () =>
          deliverMessagesWorkflow(ctx.container()).run({ input: { messages: [message] } })
        )
      )
      const [mail] = await arrived("race@khach.test")
      expect(mail.subject).toBe("Đã nhận thanh toán đơn #7")
      expect(mail.text).toContain("185.000 ₫")
      await pause(1000)
      expect(to("race@khach.test")).toHaveLength(1)
    },
    SLOW
  )
})
