import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateWindow } from "../rate-window"

const MINUTE = 60_000
// wrong passwords for one account, from anywhere: password guessing
const failedLogins = new RateWindow(5, 15 * MINUTE)
// login attempts and sign-ups from one address: credential stuffing, mass sign-up
const loginsByAddress = new RateWindow(30, 15 * MINUTE)
const signupsByAddress = new RateWindow(10, 60 * MINUTE)

// The storefront's server calls these routes for every shopper, so its own
// address is not limited (its shoppers still are, per account); other
// trusted front ends can be named in OCOP_TRUSTED_PROXIES.
const TRUSTED = new Set([
  "127.0.0.1",
  "::1",
  "::ffff:127.0.0.1",
  ...(process.env.OCOP_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
])

/** The client's address: a trusted front end may say whose request it forwards. */
function clientAddress(req: MedusaRequest): string | null {
  const remote = req.socket?.remoteAddress ?? ""
  if (!TRUSTED.has(remote)) return remote
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")[0]
    .trim()
  return forwarded || null
}

function tooMany(res: MedusaResponse, ms: number, what: string) {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE))
  res.setHeader("Retry-After", String(Math.ceil(ms / 1000)))
  res.status(429).json({
    type: "too_many_requests",
    message: `${what}, vui lòng thử lại sau ${minutes} phút (too many attempts: try again in ${minutes} min)`,
  })
}

/** POST /auth/:actor/emailpass: 5 wrong passwords lock the account's login for 15 minutes. */
export function limitLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = typeof (req.body as any)?.email === "string" ? (req.body as any).email.trim().toLowerCase() : ""
  const account = `${req.params.actor_type ?? req.path.split("/")[2]}:${email}`
  const address = clientAddress(req)
  const wait = Math.max(failedLogins.blockedFor(account), address ? loginsByAddress.blockedFor(address) : 0)
  if (wait) return tooMany(res, wait, "Đăng nhập quá nhiều lần")
  if (address) loginsByAddress.hit(address)
  res.once("finish", () => {
    if (res.statusCode === 401) failedLogins.hit(account)
    else if (res.statusCode < 300) failedLogins.reset(account)
  })
  next()
}

/** POST /auth/:actor/emailpass/register: 10 sign-ups per address and hour. */
export function limitSignups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const address = clientAddress(req)
  if (address) {
    const wait = signupsByAddress.blockedFor(address)
    if (wait) return tooMany(res, wait, "Đăng ký quá nhiều tài khoản")
    signupsByAddress.hit(address)
  }
  next()
}
