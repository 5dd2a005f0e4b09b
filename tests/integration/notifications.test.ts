import { Modules } from "@medusajs/framework/utils"
import { startDevInbox, type ReceivedMail } from "../../scripts/lib/dev-inbox"
import { withBackend } from "../support/backend-app"
import { memberOf, placeOrder, variantOfHandle } from "../support/actors"
import { eventually } from "../support/eventually"

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
async function arrived(email: string, count = 1): Promise<ReceivedMail[]> {
  await eventually(async () => expect(to(email).length).toBeGreaterThanOrEqual(count))
  return to(email)
}

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
})
