import type { BrowserContext, Page } from "playwright-core"
import type { Suite } from "../support/backend-app"
import { expectAccessible } from "../support/a11y"
import { memberOf } from "../support/actors"
import { screenshot, seeText, useStorefront } from "../support/browser"
import { eventually } from "../support/eventually"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { OCOP_SEARCH_MODULE } from "../../backend/src/modules/ocop-search"

// a 1x1 PNG, for the image upload
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5d3c6a00000000049454e44ae426082",
  "hex"
)
const HOSTILE = `Mật ong rừng nguyên chất. <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">`

/**
 * Issue 5's journey in a real browser: a producer signs up, is approved,
 * lists a product and submits its certificate; the operator verifies it
 * (admin API); a shopper finds it in search and buys it; the producer ships
 * the line; the shopper sees it shipped.
 */
export const sellerPortalPages: Suite = (ctx) => {
  const env = useStorefront(ctx)
  let seller: BrowserContext
  let shopper: BrowserContext

  it("from sign-up to a shipped order", async () => {
    ctx.container().resolve(OCOP_SEARCH_MODULE).forgetCachedCounts()
    seller = await env.browser.newContext({ viewport: { width: 1280, height: 900 } })
    shopper = await env.browser.newContext({ viewport: { width: 390, height: 844 } })
    const p: Page = await seller.newPage()
    const go = (page: Page, path: string) => page.goto(env.url + path)
    const ocop = ctx.container().resolve(OCOP_MODULE)

    // sign-up: waits for approval
    await go(p, "/vi/seller")
    const signup = p.locator("form", { has: p.getByRole("heading", { name: "Đăng ký chủ thể OCOP" }) })
    await signup.getByLabel("Họ tên người đăng ký").fill("Trần Thị Ong")
    await signup.getByLabel("Email").fill("ong@tamdao.vn")
    await signup.getByLabel("Mật khẩu").fill("mat-khau-ong-1")
    await signup.getByLabel("Tên chủ thể").fill("HTX Mật ong Tam Đảo")
    await signup.getByLabel("Mã định danh").fill("htx-mat-ong-tam-dao")
    await signup.getByLabel("Loại chủ thể").selectOption("cooperative")
    await signup.getByLabel("Mã số thuế").fill("2500123456")
    await signup.getByLabel("Tỉnh/thành (hiện nay)").selectOption({ label: "Phú Thọ" })
    await signup.getByLabel("Xã/phường").fill("Xã Tam Đảo")
    await signup.getByRole("button", { name: "Đăng ký chủ thể OCOP" }).click()
    await seeText(p.getByTestId("seller-status"), "Đang chờ sàn duyệt hồ sơ")

    // the operator approves the producer
    const [producer] = await ocop.listOcopProducers({ handle: "htx-mat-ong-tam-dao" })
    await ctx.api.post(`/admin/ocop/producers/${producer.id}`, { status: "approved" }, ctx.adminHeaders)
    await p.reload()
    await seeText(p.getByTestId("seller-status"), "Đã được duyệt")

    // a listing, as a draft, with an image and a description holding markup
    await p.getByRole("link", { name: "Thêm sản phẩm" }).click()
    await p.getByLabel("Tên sản phẩm").fill("Mật ong rừng Tam Đảo")
    await p.getByLabel("Mô tả").fill(HOSTILE)
    await p.getByLabel("Quy cách (ví dụ: Hộp 400g)").first().fill("Chai 500ml")
    await p.getByLabel("Mã SKU").fill("MO-TD-500")
    await p.getByLabel("Giá bán (đồng)").fill("250000")
    await p.getByLabel("Tồn kho").fill("5")
    await p.getByLabel("Ảnh sản phẩm").setInputFiles({ name: "mat-ong.png", mimeType: "image/png", buffer: PNG })
    await p.getByRole("button", { name: "Lưu bản nháp" }).click()
    await p.waitForURL(/\/vi\/seller\/products\/prod_/)
    await seeText(p.getByTestId("sale-status"), "bản nháp")

    // not for sale without a verified certificate
    await p.getByRole("button", { name: "Gửi bán" }).click()
    await seeText(p.getByTestId("seller-message"), "Mật ong rừng Tam Đảo")
    await seeText(p.getByTestId("sale-status"), "Chưa được bán")

    // the certificate, submitted for review
    const cert = p.locator("form", { has: p.getByRole("heading", { name: "Gửi giấy chứng nhận OCOP" }) })
    await cert.getByLabel("Số chứng nhận").fill("VP-2026-001")
    await cert.getByLabel("Số quyết định").fill("123/QĐ-UBND")
    await cert.getByLabel("Cơ quan công nhận").fill("UBND tỉnh Vĩnh Phúc")
    await cert.getByLabel("Số sao").selectOption("4")
    await cert.getByLabel("Nhóm sản phẩm").selectOption("food")
    await cert.getByLabel("Ngày cấp").fill("2026-01-15")
    await cert.getByLabel("Tỉnh/thành (trên giấy chứng nhận)").selectOption({ label: "Vĩnh Phúc" })
    await cert.getByLabel("Xã/phường").fill("Xã Tam Đảo")
    await cert.getByRole("button", { name: "Gửi giấy chứng nhận OCOP" }).click()
    await seeText(cert.getByTestId("seller-message"), "Đã gửi chứng nhận, chờ duyệt.")
    await p.reload()
    await seeText(p.getByTestId("certificate-state"), "VP-2026-001: chứng nhận đang chờ duyệt")
    await screenshot(p, "seller-product")

    // the operator verifies it; the producer submits the product for sale
    const [c] = await ocop.listOcopCertificates({ certificate_number: "VP-2026-001" })
    await ctx.api.post(`/admin/ocop/certificates/${c.id}/status`, { status: "verified" }, ctx.adminHeaders)
    await p.reload()
    await p.getByRole("button", { name: "Gửi bán" }).click()
    await seeText(p.getByTestId("sale-status"), "Đang bán")

    // a shopper finds it in search and buys it with cash on delivery
    const s = await shopper.newPage()
    await eventually(async () => {
      await go(s, "/vi/search?q=mat%20ong%20tam%20dao")
      await seeText(s.locator(".card-title").first(), "Mật ong rừng Tam Đảo", true)
    })
    await s.locator(".card-title").first().click()
    await s.waitForURL(/\/vi\/products\//)
    // the description's markup is shown as text and never runs
    await seeText(s.locator(".description"), "<script>window.__xss = 1</script>")
    expect(await s.evaluate(() => (window as any).__xss)).toBeUndefined()
    await seeText(s.getByTestId("provenance"), "HTX Mật ong Tam Đảo")
    await seeText(s.getByTestId("provenance"), "tỉnh cũ: Vĩnh Phúc")
    await s.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await seeText(s.getByTestId("add-to-cart-status"), "Đã thêm vào giỏ", true)
    await go(s, "/vi/checkout")
    await s.getByLabel("Email").fill("khach@hanoi.vn")
    await s.getByLabel("Số điện thoại").fill("0901234567")
    await s.getByLabel("Họ và tên").fill("Lê Văn Khách")
    await s.getByLabel("Tỉnh/thành phố").selectOption("Hà Nội")
    await s.getByLabel("Xã/phường").fill("Phường Hoàn Kiếm")
    await s.getByLabel("Số nhà, đường, thôn/ấp").fill("1 Tràng Tiền")
    await s.getByTestId("place-order").click()
    await s.waitForURL(/\/confirmed/)
    const displayId = (await s.getByTestId("order-number").textContent())!.trim().replace("#", "")

    // the producer sees its line and ships it
    await go(p, "/vi/seller")
    await seeText(p.getByTestId("seller-orders"), `#${displayId}`)
    await seeText(p.getByTestId("seller-orders"), "Mật ong rừng Tam Đảo")
    await p.getByLabel("Mã vận đơn").fill("VN123456789")
    await p.getByRole("button", { name: "Đã gửi hàng" }).click()
    await seeText(p.getByTestId("seller-orders"), "VN123456789")
    await screenshot(p, "seller-dashboard")

    // the shopper sees it shipped
    await go(s, "/vi/orders/lookup")
    await s.getByLabel("Mã đơn hàng").fill(displayId)
    await s.getByLabel("Email").fill("khach@hanoi.vn")
    await s.getByRole("button", { name: "Tra cứu đơn hàng" }).click()
    await seeText(s.getByTestId("looked-up-order"), "HTX Mật ong Tam Đảo: Đã gửi hàng")
    await seeText(s.getByTestId("looked-up-order"), "VN123456789")
    await screenshot(s, "order-lookup-shipped")

    // earnings less the 10% commission, and the statement as CSV
    await go(p, "/vi/seller")
    await seeText(p.getByTestId("seller-payouts"), "250.000 ₫")
    await seeText(p.getByTestId("seller-payouts"), "25.000 ₫")
    await seeText(p.getByTestId("seller-payouts"), "225.000 ₫")
    const csv = await p.evaluate(async () =>
      (await fetch(document.querySelector<HTMLAnchorElement>("a[download]")!.href)).text()
    )
    expect(
      csv
        .replace(/^\ufeff/, "")
        .split("\n")[0]
        .trim()
    ).toBe("period,order,ordered_at,payment_status,sku,product,quantity,unit_price_vnd,line_total_vnd")
    expect(csv).toContain("250000")

    // the owner invites a colleague, who joins with the link and manages the same producer
    await p
      .locator("form", { has: p.getByRole("button", { name: "Mời thành viên" }) })
      .getByLabel("Email")
      .fill("em@tamdao.vn")
    await p.getByRole("button", { name: "Mời thành viên" }).click()
    const link = (await p.getByTestId("invite-link").locator("code").innerText()).trim()
    expect(link).toContain("/vi/seller/join?token=")
    const colleague = await env.browser.newContext()
    const q = await colleague.newPage()
    await q.goto(link)
    await q.getByLabel("Họ tên người đăng ký").fill("Trần Văn Em")
    await q.getByLabel("Email").fill("em@tamdao.vn")
    await q.getByLabel("Mật khẩu").fill("mat-khau-em-2")
    await q.getByRole("button", { name: "Tham gia quản lý chủ thể" }).click()
    await seeText(q.getByRole("heading", { level: 1 }), "HTX Mật ong Tam Đảo", true)
    await seeText(q.getByTestId("seller-members"), "em@tamdao.vn · thành viên")
    await seeText(q.getByTestId("seller-orders"), "VN123456789")
    await colleague.close()
  })

  /**
   * Issue 19 in the portal: the seeded cooperative's certificates that need it
   * (revoked with its reason, expired, rejected with the operator's reason, one
   * expiring in 45 days) as cards that stand out, each with what to do; and the
   * English of a listing and of the producer, written in the portal and shown
   * by the English storefront.
   */
  it("shows certificate warnings as cards and edits the English fields", async () => {
    const ocop = ctx.container().resolve(OCOP_MODULE)
    const owner = await memberOf(ctx, "htx-dua-cho-lach", "canh-bao@dua.vn")
    const auth = { headers: { authorization: `Bearer ${owner.token}` } }
    const keo = ctx.productIdByHandle.get("keo-dua-cho-lach")!
    // the candy's certificate runs out in 45 days (still on sale)
    const [keoCert] = await ocop.listOcopCertificates({ certificate_number: "T-BT-1" })
    await ocop.updateOcopCertificates({
      id: keoCert.id,
      expires_at: new Date(Date.now() + 45 * 86_400_000 - 3_600_000),
    })
    // a submission for the uncertified honey, rejected by the operator with a reason
    const submitted = await ctx.api.post(
      "/producer/certificates",
      {
        product_id: ctx.productIdByHandle.get("fixture-none"),
        certificate_number: "T-MO-9",
        decision_number: "77/QĐ-UBND",
        issuing_authority: "UBND tỉnh Bến Tre",
        stars: 3,
        product_group: "food",
        issued_at: "2025-09-01",
        commune: "Xã Chợ Lách",
        province_code: "ben-tre",
      },
      auth
    )
    await ctx.api.post(
      `/admin/ocop/certificates/${submitted.data.certificate.id}/status`,
      { status: "rejected", reason: "Ảnh chụp giấy chứng nhận bị mờ" },
      ctx.adminHeaders
    )

    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ]) {
      const c = await env.browser.newContext({ viewport: { width, height } })
      const p = await c.newPage()
      await p.goto(`${env.url}/vi/seller`)
      const login = p.locator("form", { has: p.getByRole("heading", { name: "Đăng nhập người bán" }) })
      await login.getByLabel("Email").fill("canh-bao@dua.vn")
      await login.getByLabel("Mật khẩu").fill("mat-khau-123")
      await login.getByRole("button", { name: "Đăng nhập người bán" }).click()
      const warnings = p.getByTestId("certificate-warnings")
      await seeText(warnings.getByRole("heading", { level: 2 }), "Giấy chứng nhận cần xử lý (4)", true)
      const cards = warnings.getByTestId("certificate-warning")
      expect(await cards.count()).toBe(4)
      // most urgent first: each with a label (not the colour alone), the date or reason, and what to do
      await seeText(cards.nth(0), "BỊ THU HỒI")
      await seeText(cards.nth(0), "Nước mắm bị thu hồi")
      await seeText(cards.nth(0), "Lý do: Vi phạm an toàn thực phẩm")
      await seeText(cards.nth(1), "ĐÃ HẾT HẠN")
      await seeText(cards.nth(1), "Hết hạn từ ngày")
      await seeText(cards.nth(1), "/2025: sản phẩm đã rời sàn")
      await seeText(cards.nth(1), "Gia hạn chứng nhận")
      await seeText(cards.nth(2), "BỊ TỪ CHỐI")
      await seeText(cards.nth(2), "Lý do: Ảnh chụp giấy chứng nhận bị mờ")
      await seeText(cards.nth(2), "Sửa và gửi lại")
      await seeText(cards.nth(3), "SẮP HẾT HẠN")
      await seeText(cards.nth(3), "còn 45 ngày")
      expect(await cards.nth(3).getAttribute("class")).toContain("caution")
      expect(await cards.nth(0).getAttribute("class")).toContain("danger")
      await expectAccessible(p, `seller warnings at ${width}px`)
      await warnings.scrollIntoViewIfNeeded()
      await screenshot(p, `seller-warnings-${width}`)

      if (width === 1280) {
        // renew: the card leads to the listing's certificate form, where the warning stands too
        await cards.nth(3).getByRole("link", { name: "Gia hạn chứng nhận" }).click()
        await p.waitForURL(new RegExp(`/vi/seller/products/${keo}#cert-form$`))
        await seeText(p.getByTestId("certificate-warnings"), "Giấy chứng nhận cần xử lý (1)")
        await seeText(p.getByTestId("certificate-warning"), "Kẹo dừa Chợ Lách")

        // the listing's English, then the producer's
        const english = p.getByTestId("listing-english")
        await english.getByLabel("Tên sản phẩm (tiếng Anh)").fill("Cho Lach coconut candy")
        await english.getByLabel("Mô tả (tiếng Anh)").fill("Soft coconut candy from Cho Lach.")
        await english.getByRole("button", { name: "Lưu bản tiếng Anh" }).click()
        await seeText(english.getByTestId("seller-message"), "Đã lưu bản tiếng Anh.")
        await screenshot(p, "seller-product-warning-1280")
        await p.goto(`${env.url}/vi/seller`)
        const profile = p.getByTestId("producer-english")
        await profile.getByLabel("Tên chủ thể (tiếng Anh)").fill("Cho Lach Coconut Cooperative")
        await profile.getByRole("button", { name: "Lưu bản tiếng Anh" }).click()
        await seeText(profile.getByTestId("seller-message"), "Đã lưu bản tiếng Anh.")

        await eventually(async () => {
          await p.goto(`${env.url}/en/products/keo-dua-cho-lach`)
          await seeText(p.getByRole("heading", { level: 1 }), "Cho Lach coconut candy", true)
        })
        expect(await p.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull()
        await seeText(p.locator(".description").first(), "Soft coconut candy from Cho Lach.")
        await p.goto(`${env.url}/en/producers/htx-dua-cho-lach`)
        await seeText(p.getByRole("heading", { level: 1 }), "Cho Lach Coconut Cooperative", true)
      }
      await c.close()
    }
  })
}
