import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus a clear 400 for a malformed percent-escape in a
 * URL (Express raises a URIError that would otherwise become a 500).
 */
export function ocopErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (err instanceof URIError) {
    res.status(400).json({
      type: "invalid_data",
      message: "Địa chỉ không hợp lệ: ký tự mã hóa % sai (malformed URL: bad percent-encoding)",
    })
    return
  }
  medusaErrorHandler(err, req as any, res as any, next)
}
