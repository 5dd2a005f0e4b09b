import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isDatabaseUnavailable } from "../database-unavailable"
import { isRedisUnavailable } from "../redis-unavailable"

const medusaErrorHandler = errorHandler()
const SOLD_OUT = /does not have the required inventory|Not enough stock available for item/
// Medusa answers every conflict with one English sentence about an Idempotency-Key (shown as is at checkout)
const CONFLICT_WORDS: [RegExp, string][] = [
  [
    // the route's own words, and the lock provider's when the cart's lock is held past the wait
    /Cart is already being completed|Failed to acquire lock for key "cart_/,
    "Đơn hàng của giỏ này đang được xử lý, vui lòng đợi giây lát rồi thử lại (this cart's order is already being placed, please wait a moment and try again)",
  ],
]
const CONFLICT_DEFAULT =
  "Yêu cầu trùng với một yêu cầu khác đang được xử lý, vui lòng thử lại sau giây lát (the request conflicted with another one in progress, please try again shortly)"
const OURS = /[\u00C0-\u1EF9]/ // the marketplace's own messages are in Vietnamese first

/**
 * Medusa's error handler, plus a clear 400 for a malformed percent-escape in a
 * URL (Express raises a URIError that would otherwise become a 500), sold-out
 * and busy-stock answers in words a shopper understands, and a 503
 * that says to try again while the database or Redis is out of reach (both
 * clients reconnect by themselves once it is back).
 */
export function ocopErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (err instanceof URIError) {
    res.status(400).json({
      type: "invalid_data",
      message: "Địa chỉ không hợp lệ: ký tự mã hóa % sai (malformed URL: bad percent-encoding)",
    })
    return
  }
  // Medusa's own words for a sold-out line at checkout name inventory item and location ids
  if (typeof err?.message === "string" && SOLD_OUT.test(err.message)) {
    res.status(400).json({
      type: "not_allowed",
      message: "Sản phẩm đã hết hàng hoặc không còn đủ số lượng bạn chọn (sold out: not enough stock for this order)",
    })
    return
  }
  if (typeof err?.message === "string" && /Timed-out acquiring lock/.test(err.message)) {
    res.status(409).json({
      type: "conflict",
      message:
        "Rất nhiều người đang mua sản phẩm này cùng lúc, vui lòng thử lại sau giây lát (too many buyers at once, please try again)",
    })
    return
  }
  if (err?.type === MedusaError.Types.CONFLICT && typeof err.message === "string") {
    // ours already speak Vietnamese and English; Medusa's own get words a shopper understands
    const words = OURS.test(err.message)
      ? err.message
      : (CONFLICT_WORDS.find(([re]) => re.test(err.message))?.[1] ?? CONFLICT_DEFAULT)
    res.status(409).json({ type: "conflict", code: "invalid_state_error", message: words })
    return
  }
  if (isRedisUnavailable(err)) {
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      ?.warn(`Redis unavailable on ${req.method} ${req.path}: ${err?.message ?? err}`)
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "unavailable",
      message:
        "Hệ thống tạm thời gián đoạn, vui lòng thử lại sau ít phút (the marketplace is briefly unavailable, please try again shortly)",
    })
    return
  }
  if (isDatabaseUnavailable(err)) {
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      ?.warn(`database unavailable on ${req.method} ${req.path}: ${err?.message ?? err}`)
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "unavailable",
      message:
        "Hệ thống tạm thời không kết nối được cơ sở dữ liệu, vui lòng thử lại sau ít phút (the database is temporarily unavailable, please try again shortly)",
    })
    return
  }
  medusaErrorHandler(err, req as any, res as any, next)
}
