import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RateLimiterRes } from "rate-limiter-flexible"
import { rateLimits } from "../rate-limits"

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

/** Over the limit: 429 with when to try again. The limits' store out of reach: 503, nothing let through. */
function refuse(req: MedusaRequest, res: MedusaResponse, e: unknown, what: string) {
  if (e instanceof RateLimiterRes) {
    const minutes = Math.max(1, Math.ceil(e.msBeforeNext / 60_000))
    res.setHeader("Retry-After", String(Math.ceil(e.msBeforeNext / 1000)))
    res.status(429).json({
      type: "too_many_requests",
      message: `${what}, vui lòng thử lại sau ${minutes} phút (too many attempts: try again in ${minutes} min)`,
    })
    return
  }
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`login limits unavailable on ${req.path}: ${(e as Error)?.message ?? e}`)
  res.setHeader("Retry-After", "5")
  res.status(503).json({
    type: "unavailable",
    message:
      "Hệ thống đăng nhập tạm thời gián đoạn, vui lòng thử lại sau ít phút (sign-in is temporarily unavailable, please try again shortly)",
  })
}

/**
 * POST /auth/:actor/emailpass: every attempt counts against the account
 * before the password is checked, and a successful login starts the count
 * again, so the sixth attempt after five wrong passwords is refused for 15
 * minutes, on every server. 30 attempts per address and 15 minutes.
 */
export async function limitLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = typeof (req.body as any)?.email === "string" ? (req.body as any).email.trim().toLowerCase() : ""
  const account = `${req.params.actor_type ?? req.path.split("/")[2]}:${email}`
  const address = clientAddress(req)
  const limits = rateLimits(req.scope)
  try {
    if (address) await limits.loginsByAddress.consume(address)
    await limits.loginsByAccount.consume(account)
  } catch (e) {
    return refuse(req, res, e, "Đăng nhập quá nhiều lần")
  }
  res.once("finish", () => {
    if (res.statusCode < 300) {
      limits.loginsByAccount
        .delete(account)
        .catch((e) =>
          req.scope
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(`could not reset the login count: ${e?.message ?? e}`)
        )
    }
  })
  next()
}

/** POST /auth/:actor/emailpass/register: 10 sign-ups per address and hour. */
export async function limitSignups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const address = clientAddress(req)
  if (address) {
    try {
      await rateLimits(req.scope).signupsByAddress.consume(address)
    } catch (e) {
      return refuse(req, res, e, "Đăng ký quá nhiều tài khoản")
    }
  }
  next()
}
