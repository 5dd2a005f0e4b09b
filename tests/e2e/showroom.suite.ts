import type { Page } from "playwright-core"
import { Modules } from "@medusajs/framework/utils"
import type { Suite } from "../support/backend-app"
import { screenshot, seeText, useStorefront } from "../support/browser"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { OCOP_SEARCH_MODULE } from "../../backend/src/modules/ocop-search"

/**
 * Issue 6's counter journey in a real browser: a staff member activates their
 * login, receives consigned goods by scanning codes, sells at the counter; a
 * shopper orders online for pickup there and pays at the counter; the staff
 * prepares and hands it over, returns goods to the producer and drafts a
 * settlement whose figures match the counter sale and the collected order.
 */
export const showroomPages: Suite = (ctx) => {
  const env = useStorefront(ctx)

  it("intake, a counter sale, an online order picked up there, a return and a settlement that reconciles", async () => {
    ctx.container().resolve(OCOP_SEARCH_MODULE).forgetCachedCounts()
    const { data: created } = await ctx.api.post(
      "/admin/ocop/showrooms",
      {
        name: "Điểm OCOP Bến Tre",
        handle: "diem-ocop-ben-tre",
        address: "5 Đồng Khởi",
        commune: "Phường An Hội",
        province_code: "vinh-long",
        opening_hours: "7:00-19:00",
      },
      ctx.adminHeaders
    )
    const [htx] = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({ handle: "htx-dua-cho-lach" })
    await ctx.api.post(
      `/admin/ocop/showrooms/${created.showroom.id}/agreements`,
      { producer_id: htx.id, commission_bps: 1200 },
      ctx.adminHeaders
    )
    const { data: staff } = await ctx.api.post(
      `/admin/ocop/showrooms/${created.showroom.id}/staff`,
      { email: "thu-ngan@ocop.vn", name: "Thu Ngân", role: "manager" },
      ctx.adminHeaders
    )

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const p: Page = await context.newPage()
    const go = (path: string) => p.goto(env.url + path)

    // a mistyped token fails with a message, and the same person can try again with the right one
    await go(`/vi/showroom?token=sai-ma-kich-hoat-123`)
    const activate = p.locator("form", { has: p.getByRole("heading", { name: "Kích hoạt tài khoản nhân viên" }) })
    await activate.getByLabel("Email").fill("thu-ngan@ocop.vn")
    await activate.getByLabel("Mật khẩu").fill("mat-khau-quay-9")
    await activate.getByRole("button", { name: "Kích hoạt tài khoản nhân viên" }).click()
    await seeText(activate.getByTestId("staff-message"), "Mã kích hoạt không hợp lệ")
    await activate.getByLabel("Mã kích hoạt").fill(staff.activation.token)
    await activate.getByRole("button", { name: "Kích hoạt tài khoản nhân viên" }).click()
    await seeText(p.getByRole("heading", { level: 1 }), "Điểm OCOP Bến Tre", true)

    // intake: scan the SKU twice (2 units), then set 10
    const intake = p.locator("form", { has: p.getByRole("heading", { name: "Nhập hàng ký gửi" }) })
    const scanIntake = intake.getByLabel("Quét hoặc nhập mã, hoặc tên sản phẩm")
    await scanIntake.fill("KEO-DUA-CHO-LACH")
    await scanIntake.press("Enter")
    await seeText(p.getByTestId("intake-lines"), "Kẹo dừa Chợ Lách")
    await p.getByTestId("intake-lines").locator("input").fill("10")
    await intake.getByLabel("Số lô").fill("L-11")
    await intake.getByRole("button", { name: "Nhập kho" }).click()
    await seeText(intake.getByTestId("staff-message"), "Đã nhập kho, phiếu PN-")
    // the intake receipt, laid out for printing
    const receiptHref = await intake.getByRole("link", { name: "In phiếu" }).getAttribute("href")
    const printed = await context.newPage()
    await printed.goto(env.url + receiptHref)
    await seeText(printed.getByTestId("receipt"), "Phiếu nhập hàng ký gửi PN-")
    await seeText(printed.getByTestId("receipt"), "Kẹo dừa Chợ Lách · Hộp 400g")
    await seeText(printed.getByTestId("receipt"), "L-11")
    await screenshot(printed, "intake-receipt")
    await printed.close()
    await seeText(p.getByTestId("on-hand-KEO-DUA-CHO-LACH"), "10", true)

    // an expired product cannot be found for intake
    await scanIntake.fill("FIXTURE-EXPIRED")
    await scanIntake.press("Enter")
    await intake.getByText("Không tìm thấy sản phẩm đang bán với mã này.").waitFor()

    // a counter sale of 3, by bank transfer
    const pos = p.locator("form", { has: p.getByRole("heading", { name: "Bán tại quầy" }) })
    const scanPos = pos.getByLabel("Quét hoặc nhập mã, hoặc tên sản phẩm")
    await scanPos.fill("keo dua")
    await scanPos.press("Enter")
    await p.getByTestId("pos-lines").locator("input").fill("3")
    await seeText(p.getByTestId("pos-total"), "255.000 ₫", true)
    await pos.getByLabel("Chuyển khoản").check()
    await pos.getByRole("button", { name: "Thanh toán và in hóa đơn" }).click()
    await seeText(pos.getByTestId("staff-message"), "Đã bán, hóa đơn HD-")
    await seeText(p.getByTestId("on-hand-KEO-DUA-CHO-LACH"), "7", true)
    await seeText(p.getByTestId("staff-sales"), "Chuyển khoản · 255.000 ₫")
    const saleHref = await pos.getByRole("link", { name: "In phiếu" }).getAttribute("href")
    const bill = await context.newPage()
    await bill.goto(env.url + saleHref)
    await seeText(bill.getByTestId("receipt"), "Hóa đơn bán lẻ HD-")
    await seeText(bill.getByTestId("receipt"), "Chuyển khoản · Tổng cộng: 255.000 ₫")
    await bill.close()

    // shoppers see the showroom holding it
    const shopper = await env.browser.newContext()
    const s = await shopper.newPage()
    await s.goto(`${env.url}/vi/products/keo-dua-cho-lach`)
    await seeText(s.getByTestId("showroom-availability"), "Điểm OCOP Bến Tre, 5 Đồng Khởi, Phường An Hội · còn 7")
    await s.goto(`${env.url}/vi/showrooms`)
    await seeText(s.getByTestId("showroom-list"), "Giờ mở cửa: 7:00-19:00")
    await screenshot(s, "showrooms")

    // the shopper orders 2 online, to pick up at the showroom and pay there
    await s.goto(`${env.url}/vi/products/keo-dua-cho-lach`)
    await s.getByLabel("Số lượng").fill("2")
    await s.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await seeText(s.getByTestId("add-to-cart-status"), "Đã thêm vào giỏ", true)
    await s.goto(`${env.url}/vi/checkout`)
    await s.getByLabel("Nhận tại điểm bán OCOP (miễn phí)").check()
    await s.getByLabel(/Nhận tại Điểm OCOP Bến Tre/).check()
    // no address to fill for a pickup, and cash on delivery gives way to paying at the counter
    expect(await s.getByLabel("Số nhà, đường, thôn/ấp").isVisible()).toBe(false)
    expect(await s.getByLabel("Trả tại điểm bán khi nhận hàng").isChecked()).toBe(true)
    expect(await s.getByLabel("Thanh toán khi nhận hàng (COD)").count()).toBe(0)
    await s.getByLabel("Email").fill("khach-nhan@example.vn")
    await s.getByLabel("Số điện thoại").fill("0912345678")
    await s.getByLabel("Họ và tên").fill("Lê Văn Nhận")
    await screenshot(s, "checkout-pickup")
    await s.getByTestId("place-order").click()
    await s.waitForURL(/\/vi\/orders\/order_[A-Z0-9]+\/confirmed/)
    await seeText(s.getByTestId("order-total"), "170.000 ₫", true)
    await seeText(s.getByTestId("order-shipping"), "Nhận tại Điểm OCOP Bến Tre · Điểm bán đang chuẩn bị hàng", true)
    await seeText(s.getByTestId("order-pickup-address"), "5 Đồng Khởi, Phường An Hội · 7:00-19:00", true)
    await seeText(s.getByTestId("order-payment"), "Trả tại điểm bán khi nhận hàng", true)
    const pickupNumber = (await s.getByTestId("order-number").textContent())!.trim().replace("#", "")

    // the staff prepares it, then hands it over and takes the cash: 2 leave the shelf
    await p.reload()
    const order = p.getByTestId(`pickup-${pickupNumber}`)
    await seeText(order, "Lê Văn Nhận · 0912345678")
    await seeText(order, "Kẹo dừa Chợ Lách · Hộp 400g × 2")
    await seeText(order, "Chờ chuẩn bị")
    await order.getByRole("button", { name: "Đã chuẩn bị xong" }).click()
    await seeText(order, "Đã chuẩn bị, chờ khách")
    // the shopper's order page says it is ready
    await s.reload()
    await seeText(
      s.getByTestId("order-shipping"),
      "Nhận tại Điểm OCOP Bến Tre · Hàng đã sẵn sàng, mời bạn đến nhận",
      true
    )
    await shopper.close()
    await order.getByLabel("Thanh toán").selectOption("cash")
    await order.getByRole("button", { name: "Khách đã nhận hàng" }).click()
    await seeText(order, "Khách đã nhận")
    await seeText(order, "170.000 ₫ · Đã thu tại quầy (Tiền mặt)")
    await seeText(p.getByTestId("on-hand-KEO-DUA-CHO-LACH"), "5", true)

    // a return of 2 damaged boxes, and one too many refused
    const row = p.getByTestId("staff-stock").locator("tr", { hasText: "Kẹo dừa Chợ Lách" })
    const ret = row.locator("form", { has: p.getByRole("button", { name: "Trả hàng" }) })
    await ret.getByLabel("Số lượng").fill("9")
    await ret.getByRole("button", { name: "Trả hàng" }).click()
    await seeText(ret.getByTestId("staff-message"), "Không đủ hàng: còn 5")
    await ret.getByLabel("Số lượng").fill("2")
    await ret.getByLabel("Lý do").selectOption("damaged")
    await ret.getByRole("button", { name: "Trả hàng" }).click()
    await seeText(p.getByTestId("on-hand-KEO-DUA-CHO-LACH"), "3", true)

    // the settlement for today: the counter's 3 and the collected 2, 5 x 85.000 = 425.000, 12% = 51.000, net 374.000
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    const settle = p.getByRole("form", { name: "Lập bảng đối soát" })
    await settle.getByLabel("Từ ngày").fill(today)
    await settle.getByLabel("Đến ngày").fill(today)
    await settle.getByRole("button", { name: "Lập bảng đối soát" }).click()
    await seeText(p.getByTestId("staff-settlements"), "425.000 ₫ − 51.000 ₫ = 374.000 ₫ · nháp")
    await p.getByRole("button", { name: "Xác nhận" }).click()
    await seeText(p.getByTestId("staff-settlements"), "đã xác nhận")
    await p.getByRole("button", { name: "Đã thanh toán" }).click()
    await seeText(p.getByTestId("staff-settlements"), "đã thanh toán")
    const csv = await p.evaluate(async () =>
      (await fetch(document.querySelector<HTMLAnchorElement>("[data-testid=staff-settlements] a")!.href)).text()
    )
    expect(csv).toContain("net_payable,,,,,374000")
    await screenshot(p, "showroom-counter")

    // the stock ledger and the showroom's inventory level agree
    const inventory = ctx.container().resolve(Modules.INVENTORY)
    const [item] = await inventory.listInventoryItems({ sku: "KEO-DUA-CHO-LACH" })
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: item.id,
      location_id: created.showroom.stock_location_id,
    })
    expect(Number(level.stocked_quantity)).toBe(3)
    expect(Number(level.reserved_quantity)).toBe(0)
    await context.close()
  })
}
