import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import sharp from "sharp"
import type { BrowserContext, Page } from "playwright-core"
import type { Suite } from "../support/backend-app"
import { screenshot, seeText, useStorefront } from "../support/browser"
import { bearer, customer, memberOf, placeOrder, staffToken, variantOfHandle } from "../support/actors"

const HOSTILE = `Kẹo dẻo, thơm dừa <img src=x onerror="window.__xss = 1">`

/** The first QR code on the first page of a PDF: rendered by poppler (pdftoppm), read by jsQR. */
function firstQr(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheet-"))
  try {
    fs.writeFileSync(path.join(dir, "s.pdf"), pdf)
    execFileSync("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", path.join(dir, "s.pdf"), path.join(dir, "p")])
    const png = PNG.sync.read(
      fs.readFileSync(
        path.join(
          dir,
          fs.readdirSync(dir).find((f) => f.endsWith(".png"))!
        )
      )
    )
    // the first stamp: the sheet's top-left cell of 3 x 5
    const w = Math.floor(png.width / 3)
    const h = Math.floor(png.height / 5)
    const cell = new Uint8ClampedArray(w * h * 4)
    for (let y = 0; y < h; y++) cell.set(png.data.subarray(y * png.width * 4, (y * png.width + w) * 4), y * w * 4)
    const qr = jsQR(cell, w, h)
    if (!qr) throw new Error("no QR code found on the sheet")
    return qr.data
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Issue 18 in a real browser: a buyer who received an order reviews it with a
 * photo, the producer answers, the review shows on the product page; the
 * producer registers a lot, its stamp sheet is printed and read back, and the
 * stamp's address opens the trace page with the lot, its intake and its sale.
 */
export const trustPages: Suite = (ctx) => {
  const env = useStorefront(ctx)
  let buyer: BrowserContext
  let seller: BrowserContext

  const tokenOf = (h: { headers: Record<string, string> }) => h.headers.authorization.replace("Bearer ", "")
  const loggedIn = async (viewport: { width: number; height: number }, cookie: string, token: string) => {
    const c = await env.browser.newContext({ viewport })
    await c.addCookies([{ name: cookie, value: token, url: env.url }])
    return c
  }

  // stamps point at this storefront (the backend runs in this process), for this suite only
  const storefrontUrl = process.env.STOREFRONT_URL
  afterAll(() => {
    if (storefrontUrl === undefined) delete process.env.STOREFRONT_URL
    else process.env.STOREFRONT_URL = storefrontUrl
  })

  it("a received order is reviewed with a photo, the producer answers, the product page shows it; a lot's stamp opens its trace", async () => {
    process.env.STOREFRONT_URL = env.url
    const A = await memberOf(ctx, "htx-dua-cho-lach", "chu@dua.vn")
    const shopper = await customer(ctx, "mua@ocop.vn")
    const keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
    const order = await placeOrder(ctx, [[keo, 1]], { as: shopper, email: "mua@ocop.vn" })
    await ctx.api.post(`/producer/orders/${order.id}/shipments`, { tracking_number: "GHN-9" }, bearer(A.token))
    const { data } = await ctx.api.get(`/admin/orders/${order.id}?fields=id,*fulfillments`, ctx.adminHeaders)
    for (const f of data.order.fulfillments)
      await ctx.api.post(`/admin/orders/${order.id}/fulfillments/${f.id}/mark-as-delivered`, {}, ctx.adminHeaders)

    // the buyer reviews the received line, with a photo
    buyer = await loggedIn({ width: 390, height: 844 }, "ocop_jwt", tokenOf(shopper))
    const b: Page = await buyer.newPage()
    await b.goto(`${env.url}/vi/account`)
    await b.getByTestId("my-reviews-link").click()
    await b.waitForURL(/\/vi\/account\/reviews/)
    const line = b.getByTestId("review-line").first()
    await seeText(line, "Kẹo dừa Chợ Lách")
    await line.getByLabel("5 sao").check()
    await line.getByLabel("Nhận xét của bạn").fill(HOSTILE)
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#b45309" } })
      .jpeg()
      .toBuffer()
    await line.getByLabel("Ảnh (tối đa 3").setInputFiles({ name: "keo.jpg", mimeType: "image/jpeg", buffer: photo })
    await screenshot(b, "review-form-390")
    await line.getByRole("button", { name: "Gửi đánh giá" }).click()
    await seeText(b.getByTestId("review-notice"), "Đã gửi đánh giá của bạn.")
    await seeText(b.getByTestId("review-line").first(), "Đã mua hàng")

    // the producer answers it in the portal
    seller = await loggedIn({ width: 1280, height: 900 }, "ocop_seller_jwt", A.token)
    const p: Page = await seller.newPage()
    await p.goto(`${env.url}/vi/seller`)
    const reviews = p.getByTestId("seller-reviews")
    await seeText(reviews, "Kẹo dẻo, thơm dừa")
    await reviews.getByLabel("Trả lời công khai (một lần)").fill("Cảm ơn anh Minh đã tin dùng kẹo dừa HTX!")
    await reviews.getByRole("button", { name: "Gửi trả lời" }).click()
    await seeText(p.getByTestId("seller-reviews"), "Phản hồi của chủ thể")

    // the product page: average, count, the review marked as bought, its photo and the answer; markup shown, never run
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      const v = await env.browser.newContext({ viewport: { width, height } })
      const s = await v.newPage()
      await s.goto(`${env.url}/vi/products/keo-dua-cho-lach`)
      await seeText(s.getByTestId("review-average"), "5")
      await seeText(s.getByTestId("review-average"), "1 đánh giá")
      const review = s.getByTestId("review").first()
      await seeText(review, "Đã mua hàng")
      await seeText(review, `<img src=x onerror="window.__xss = 1">`)
      await seeText(s.getByTestId("review-answer"), "Cảm ơn anh Minh đã tin dùng kẹo dừa HTX!")
      expect(await review.locator(".review-photos img").count()).toBe(1)
      expect(await s.evaluate(() => (window as any).__xss)).toBeUndefined()
      const ld = JSON.parse((await s.getByTestId("rating-json-ld").textContent())!)
      expect(ld.aggregateRating).toMatchObject({ ratingValue: 5, reviewCount: 1 })
      await s.getByTestId("reviews").scrollIntoViewIfNeeded()
      await screenshot(s, `product-reviews-${width}`)
      await v.close()
    }

    // the producer registers a lot in the portal and prints its stamp sheet
    await p.goto(`${env.url}/vi/seller`)
    const form = p.getByTestId("register-lot")
    await form.getByLabel("Mã lô").fill("L2026-12")
    await form.getByLabel("Ngày sản xuất").fill("2026-11-25")
    await form.getByLabel("Hạn sử dụng").fill("2027-05-25")
    await form.getByLabel("Số lượng sản xuất").fill("6")
    await form.getByLabel("Nguyên liệu, ghi chú").fill("Dừa sáp Chợ Lách")
    await form.getByRole("button", { name: "Đăng ký và tạo tem" }).click()
    await seeText(p.getByTestId("lot-message"), "Đã đăng ký lô")
    await p.reload()
    await seeText(p.getByTestId("seller-lots"), "L2026-12")
    await screenshot(p, "seller-lots-1280")
    const href = await p.getByTestId("lot-sheet").first().getAttribute("href")
    const sheet = await p.request.get(`${env.url}${href}`)
    expect(sheet.headers()["content-type"]).toContain("application/pdf")
    const address = firstQr(Buffer.from(await sheet.body()))
    expect(address).toMatch(new RegExp(`^${env.url}/trace/[0-9A-Z]{12}$`))

    // a showroom takes the lot in (naming it) and sells two at the counter
    const showroom = (
      await ctx.api.post(
        "/admin/ocop/showrooms",
        {
          name: "Điểm OCOP Chợ Lách",
          handle: "diem-cl",
          address: "1 Đường 30/4",
          commune: "Xã Chợ Lách",
          province_code: "vinh-long",
        },
        ctx.adminHeaders
      )
    ).data.showroom
    await ctx.api.post(
      `/admin/ocop/showrooms/${showroom.id}/agreements`,
      { producer_id: A.producerId, commission_bps: 1000 },
      ctx.adminHeaders
    )
    const staff = await staffToken(ctx, showroom.id, "quay@ocop.vn")
    await ctx.api.post(
      "/showroom/intakes",
      { lines: [{ variant_id: keo, quantity: 6, lot: "L2026-12", best_before: "2027-05-25" }] },
      bearer(staff.token)
    )
    await ctx.api.post(
      "/showroom/sales",
      { payment_method: "cash", lines: [{ variant_id: keo, quantity: 2 }] },
      bearer(staff.token)
    )

    // the decoded address opens the trace page: the lot, its intake and its sale
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      // a phone in Vietnam: the storefront picks Vietnamese for a stamp's language-less address
      const v = await env.browser.newContext({ viewport: { width, height }, locale: "vi-VN" })
      const t = await v.newPage()
      await t.goto(address)
      await t.waitForURL(/\/vi\/trace\//)
      await seeText(t.getByTestId("trace-ok"), "Không thấy dấu hiệu bất thường")
      await seeText(t.getByTestId("trace-product"), "Kẹo dừa Chợ Lách")
      await seeText(t.getByTestId("trace-origin"), "Bến Tre")
      await seeText(t.getByTestId("trace-certificate"), "Còn hiệu lực")
      await seeText(t.getByTestId("trace-lot-code"), "L2026-12")
      await seeText(t.getByTestId("trace-best-before"), "25/05/2027")
      await seeText(t.getByTestId("trace-intake"), "Nhập vào Điểm OCOP Chợ Lách (6 sản phẩm)")
      await seeText(t.getByTestId("trace-sold"), "Đã bán tại Điểm OCOP Chợ Lách: 2 sản phẩm")
      await screenshot(t, `trace-${width}`)
      await v.close()
    }

    // a code no one printed says so plainly
    const u = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    const x = await u.newPage()
    await x.goto(`${env.url}/trace/ZZZZ-ZZZZ-ZZZZ`)
    await seeText(x.getByTestId("signal-unknown_code"), "Rất có thể là tem giả")
    await screenshot(x, "trace-unknown-390")
    await u.close()
  }, 300_000)

  afterAll(async () => {
    await buyer?.close()
    await seller?.close()
  })
}
