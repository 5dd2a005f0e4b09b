import { describe, expect, it } from "vitest"
import { renderMail, TEMPLATE_NAMES } from "../../backend/src/modules/smtp-notification/templates"
import { MAX_ATTEMPTS, retryDelay, RETRY_DELAYS_MS } from "../../backend/src/modules/mail/lib/retry"
import {
  unsubscribeToken,
  verifyUnsubscribeToken,
} from "../../backend/src/workflows/notification/utils/unsubscribe-token"

const placed = (over: Record<string, unknown> = {}) => ({
  display_id: 42,
  lines: [
    {
      title: 'Kẹo dừa <b>"Chợ Lách"</b>',
      quantity: 2,
      unit_price: 85000,
      total: 170000,
      stars: 4,
      producer: "HTX Dừa",
    },
  ],
  subtotal: 170000,
  shipping: 30000,
  total: 200000,
  delivery: { kind: "delivery", address: "5 Lý Thường Kiệt, Hà Nội" },
  payment: "cod",
  order_url: "javascript:alert(1)",
  ...over,
})

describe("email templates", () => {
  it("render the order confirmation in Vietnamese with whole-dong totals and the stars as text", () => {
    const m = renderMail("order-placed", placed())
    expect(m.subject).toBe("Đặt hàng thành công đơn #42: 200.000 ₫")
    expect(m.text).toContain("★★★★ OCOP 4 sao")
    expect(m.text).toContain("Tổng cộng | 200.000 ₫")
    expect(m.html).toContain('<html lang="vi">')
  })

  it("render English for the English storefront's shoppers", () => {
    const m = renderMail("order-placed", placed({ locale: "en" }))
    expect(m.subject).toBe("Order #42 placed: ₫200,000")
    expect(m.text).toContain("★★★★ OCOP 4 stars")
    expect(m.html).toContain('<html lang="en">')
  })

  it("show stored text as text, link only http(s) addresses, and load nothing from other hosts", () => {
    const m = renderMail("order-placed", placed())
    expect(m.html).not.toContain("<b>")
    expect(m.html).toContain("&lt;b&gt;&quot;Chợ Lách&quot;")
    expect(m.html).not.toContain("javascript:")
    for (const name of TEMPLATE_NAMES) expect(name).toMatch(/^[a-z-]+$/)
    expect(m.html).not.toMatch(/<img|<link|<script|url\(/i)
  })

  it("refuse an unknown template", () => {
    expect(() => renderMail("nope", {})).toThrow(/Unknown email template/)
  })
})

describe("unsubscribe tokens", () => {
  const secret = "s3cret"
  it("verify for the address and category they were made for", () => {
    const t = unsubscribeToken({ email: "Dua@HTX.test", category: "settlements" }, secret)
    expect(verifyUnsubscribeToken(t, secret)).toEqual({ email: "dua@htx.test", category: "settlements" })
  })
  it("refuse a changed payload, a changed signature, another secret or garbage", () => {
    const t = unsubscribeToken({ email: "dua@htx.test", category: "settlements" }, secret)
    const [, sig] = t.split(".")
    const other = Buffer.from(JSON.stringify({ e: "vai@ho.test", c: "settlements" })).toString("base64url")
    expect(verifyUnsubscribeToken(`${other}.${sig}`, secret)).toBeNull()
    expect(verifyUnsubscribeToken(`${t.slice(0, -1)}A`, secret)).toBeNull()
    expect(verifyUnsubscribeToken(t, "another")).toBeNull()
    for (const bad of ["", ".", "a.b.c", "%%%.%%%"]) expect(verifyUnsubscribeToken(bad, secret)).toBeNull()
  })
})

describe("retry backoff", () => {
  it("waits longer after each failure and gives up after the last try", () => {
    expect(RETRY_DELAYS_MS.map((ms) => ms / 60_000)).toEqual([1, 5, 30, 120, 720])
    expect(retryDelay(1)).toBe(60_000)
    expect(retryDelay(5)).toBe(720 * 60_000)
    expect(MAX_ATTEMPTS).toBe(6)
  })
})
