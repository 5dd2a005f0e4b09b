import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isDatabaseUnavailable } from "../database-unavailable"
import { isRedisUnavailable } from "../redis-unavailable"

const medusaErrorHandler = errorHandler()
const SOLD_OUT = /does not have the required inventory|Not enough stock available for item/

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
