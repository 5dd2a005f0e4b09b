import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isDatabaseUnavailable } from "../lib/database-unavailable"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus a clear 400 for a malformed percent-escape in a
 * URL (Express raises a URIError that would otherwise become a 500), and a 503
 * that says to try again while the database is out of reach (the pool
 * reconnects by itself once it is back).
 */
export function ocopErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (err instanceof URIError) {
    res.status(400).json({
      type: "invalid_data",
      message: "Địa chỉ không hợp lệ: ký tự mã hóa % sai (malformed URL: bad percent-encoding)",
    })
    return
  }
  if (isDatabaseUnavailable(err)) {
    req.scope?.resolve(ContainerRegistrationKeys.LOGGER)?.warn(`database unavailable on ${req.method} ${req.path}: ${err?.message ?? err}`)
    res.setHeader("Retry-After", "5")
    res.status(503).json({
      type: "unavailable",
      message: "Hệ thống tạm thời không kết nối được cơ sở dữ liệu, vui lòng thử lại sau ít phút (the database is temporarily unavailable, please try again shortly)",
    })
    return
  }
  medusaErrorHandler(err, req as any, res as any, next)
}
