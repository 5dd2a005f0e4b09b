// Set before the backend loads medusa-config.ts (each test file runs in its own process).
import { VIETQR_TEST_ENV } from "../support/bank-transfer"
Object.assign(process.env, VIETQR_TEST_ENV)

import jsQR from "jsqr"
import sharp from "sharp"
import { QRPay } from "vietnam-qr-pay"
import type { Suite } from "../support/backend-app"
import { SCREENSHOTS, screenshot, seeText, useStorefront } from "../support/browser"
import { eventually } from "../support/eventually"
import { notify, sepayNotification } from "../support/bank-transfer"

/** The QR code as the browser drew it, read back from its pixels. */
async function readQr(png: Buffer): Promise<string> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const code = jsQR(new Uint8ClampedArray(data), info.width, info.height)
  if (!code) throw new Error("no QR code found in the page's image")
  return code.data
}

/**
 * Paying by bank transfer in a real browser: choose VietQR at checkout, see
 * the code and the copy buttons, the bank's notification arrives, the page
 * turns paid without a reload; the operator's list shows the transfer.
 */
export const bankTransferPages: Suite = (ctx) => {
  const env = useStorefront(ctx)

  it("pays an order by VietQR: the code and details on the order page, the bank's notification turns it paid by itself", async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url })
    const page = await context.newPage()
    try {
      await page.goto(`${env.url}/vi/products/keo-dua-cho-lach`)
      await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
      await seeText(page.getByTestId("add-to-cart-status"), "Đã thêm vào giỏ", true)
      await page.goto(`${env.url}/vi/checkout`)
      await page.getByLabel("Email").fill("lan@example.vn")
      await page.getByLabel("Số điện thoại").fill("0912345678")
      await page.getByLabel("Họ và tên").fill("Nguyễn Thị Lan")
      await page.getByLabel("Tỉnh/thành phố").selectOption("Vĩnh Long")
      await page.getByLabel("Xã/phường").fill("Xã Chợ Lách")
      await page.getByLabel("Số nhà, đường, thôn/ấp").fill("12 Ấp Phú Hòa")
      // cash on delivery stays preselected; bank transfer is beside it
      expect(await page.getByLabel("Thanh toán khi nhận hàng (COD)").isChecked()).toBe(true)
      await page.getByLabel("Chuyển khoản ngân hàng (VietQR)").check()
      await page.getByTestId("place-order").click()
      await page.waitForURL(/\/vi\/orders\/order_[A-Z0-9]+\/confirmed/)
      const orderId = /orders\/(order_[A-Z0-9]+)/.exec(page.url())![1]

      const panel = page.getByTestId("bank-transfer")
      await seeText(page.getByTestId("bank-transfer-status"), "Đang chờ tiền về")
      // 85.000 + standard delivery 30.000
      await seeText(page.getByTestId("bank-transfer-amount"), "115.000 ₫", true)
      await seeText(page.getByTestId("bank-transfer-bank"), "Vietcombank", true)
      await seeText(page.getByTestId("bank-transfer-account"), "0011001234567", true)
      await seeText(page.getByTestId("bank-transfer-name"), "HTX SAN OCOP", true)
      const message = (await page.getByTestId("bank-transfer-message").innerText()).trim()
      expect(message).toMatch(/^OCOP[A-Z2-9]{8} Don \d+$/)
      await seeText(page.getByTestId("bank-transfer-deadline"), "Hạn thanh toán")
      await page.getByTestId("copy-message").click()
      await seeText(page.getByTestId("copy-message"), "Đã chép", true)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message)
      await page.getByTestId("copy-amount").click()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("115000")

      // the code a banking app scans: every field and the CRC, read from the page's pixels
      // in the middle of the screen, clear of the sticky header
      const qrElement = page.getByTestId("bank-transfer-qr")
      await qrElement.evaluate((el) => el.scrollIntoView({ block: "center" }))
      const box = (await qrElement.boundingBox())!
      const qrImage = await page.screenshot({ clip: box, path: `${SCREENSHOTS}/bank-transfer-qr.png` })
      const qr = new QRPay(await readQr(qrImage))
      expect(qr.isValid).toBe(true)
      expect(qr.consumer).toMatchObject({ bankBin: "970436", bankNumber: "0011001234567" })
      expect(qr).toMatchObject({ amount: "115000", currency: "704", nation: "VN" })
      expect(qr.additionalData.purpose).toBe(message)
      // from the top: the sticky header stays where it belongs in the full-page shots
      await page.evaluate(() => window.scrollTo(0, 0))
      await screenshot(page, "bank-transfer-390")
      await page.setViewportSize({ width: 1280, height: 900 })
      await screenshot(page, "bank-transfer-1280")

      // the bank's notification, as SePay sends it; the page turns paid without a reload
      const paid = await notify(ctx, sepayNotification({ content: `CT tu 0123 ${message}`, transferAmount: 115000 }))
      expect(paid.data).toMatchObject({ success: true, status: "matched" })
      await eventually(async () => {
        expect(await page.getByTestId("bank-transfer-status").getAttribute("data-status")).toBe("paid")
      }, 15_000)
      await seeText(page.getByTestId("bank-transfer-status"), "Đã thanh toán")
      expect(await page.getByTestId("bank-transfer-qr").count()).toBe(0)
      expect(await panel.count()).toBe(1)
      await page.evaluate(() => window.scrollTo(0, 0))
      await screenshot(page, "bank-transfer-paid")

      const { data } = await ctx.api.get("/admin/bank-transfers", ctx.adminHeaders)
      expect(data.transfers[0]).toMatchObject({ status: "matched", amount: 115000, order_id: orderId })
      const { data: order } = await ctx.api.get(`/admin/orders/${orderId}?fields=payment_status`, ctx.adminHeaders)
      expect(order.order.payment_status).toBe("captured")
    } finally {
      await context.close()
    }
  })
}
