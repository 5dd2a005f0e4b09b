import type { Suite } from "../support/backend-app"
import { bearer, settle } from "../support/checkout"
import { staffToken } from "../support/showroom-staff"

const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })

/**
 * Login and sign-up are rate limited: wrong passwords lock one account's
 * login for a while (whoever tries), and one address can only try so many
 * logins and sign-ups. Limits answer 429 with a message and Retry-After.
 * Portal routes take a bearer token only, never a cookie the browser would
 * send on its own, so another site cannot act for a logged-in producer or
 * staff member (CSRF).
 */
export const authProtections: Suite = (ctx) => {
  const register = (email: string, ip: string) =>
    settle(ctx.api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-dung-1" }, from(ip)))
  const login = (email: string, password: string, ip: string) =>
    settle(ctx.api.post("/auth/customer/emailpass", { email, password }, from(ip)))

  it("five wrong passwords lock that account's login for 15 minutes, even with the right one, and only that account", async () => {
    expect((await register("lan@example.vn", "203.0.113.1")).status).toBe(200)
    expect((await register("minh@example.vn", "203.0.113.1")).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await login("lan@example.vn", `sai-${i}`, `198.51.100.${i}`)).status).toBe(401)
    const locked = await login("Lan@Example.vn", "mat-khau-dung-1", "198.51.100.9")
    expect(locked.status).toBe(429)
    expect(locked.data.message).toMatch(/Đăng nhập quá nhiều lần, vui lòng thử lại sau 15 phút/)
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(800)
    expect((await login("minh@example.vn", "mat-khau-dung-1", "198.51.100.9")).status).toBe(200)
  })

  it("a right password clears the count of wrong ones", async () => {
    await register("hoa@example.vn", "203.0.113.2")
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await login("hoa@example.vn", "sai", "198.51.100.20")).status).toBe(401)
      expect((await login("hoa@example.vn", "mat-khau-dung-1", "198.51.100.20")).status).toBe(200)
    }
  })

  it("one address gets 10 sign-ups an hour and 30 logins per 15 minutes; another address is not held back", async () => {
    for (let i = 0; i < 10; i++) expect((await register(`khach-${i}@example.vn`, "203.0.113.50")).status).toBe(200)
    const refused = await register("khach-10@example.vn", "203.0.113.50")
    expect(refused.status).toBe(429)
    expect(refused.data.message).toMatch(/Đăng ký quá nhiều tài khoản/)
    expect((await register("khach-10@example.vn", "203.0.113.51")).status).toBe(200)

    for (let i = 0; i < 30; i++) expect((await login(`nguoi-${i}@example.vn`, "sai", "203.0.113.60")).status).toBe(401)
    expect((await login("khach-10@example.vn", "mat-khau-dung-1", "203.0.113.60")).status).toBe(429)
    expect((await login("khach-10@example.vn", "mat-khau-dung-1", "203.0.113.61")).status).toBe(200)
  })

  it("a cookie session opens no portal route: bearer tokens only, so no cross-site request can act for staff", async () => {
    const { data } = await ctx.api.post(
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
    const token = await staffToken(ctx, data.showroom.id, "quay@ocop.vn")
    expect((await ctx.api.get("/showroom/me", bearer(token))).status).toBe(200)
    // Medusa turns a token into a cookie session on request; the portal ignores it
    const session = await ctx.api.post("/auth/session", {}, bearer(token))
    const cookie = String(session.headers["set-cookie"] ?? "").split(";")[0]
    expect(cookie).toMatch(/=/)
    const withCookie = await settle(ctx.api.get("/showroom/me", { headers: { cookie } }))
    expect(withCookie.status).toBe(401)
    const sale = await settle(
      ctx.api.post("/showroom/sales", { payment_method: "cash", lines: [] }, { headers: { cookie } })
    )
    expect(sale.status).toBe(401)
  })
}
