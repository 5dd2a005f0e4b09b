import { createHmac } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Where a scan came from, as a keyed one-way digest of the scanner's network
 * (IPv4 /24, IPv6 /48), so distinct places can be counted without keeping
 * anyone's address. The storefront passes the shopper's address on in
 * X-Forwarded-For (its own server is the backend's direct caller).
 */
export function scanPlace(req: MedusaRequest): string {
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")[0]
    .trim()
  const ip = (forwarded || req.ip || req.socket?.remoteAddress || "").replace(/^::ffff:/, "")
  const network = ip.includes(":") ? ip.split(":").slice(0, 3).join(":") : ip.split(".").slice(0, 3).join(".")
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return createHmac("sha256", String(projectConfig.http.cookieSecret ?? "ocop"))
    .update(`trace-place:${network}`)
    .digest("hex")
    .slice(0, 24)
}
