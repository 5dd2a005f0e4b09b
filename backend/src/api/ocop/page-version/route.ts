import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageVersion } from "../../utils/store-answer-cache"

/**
 * The version of everything a storefront page of the catalogue shows, and the
 * instant it ends by itself (a certificate's expiry, a price list's start or
 * end). The storefront asks it at each page request and serves a page it
 * kept only under the same version and before that instant, so a kept page
 * is exact at the instant of the request in every process. Outside /store:
 * it tells no catalogue data, only whether anything changed, so it skips the
 * publishable key's check (a third of its time).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("cache-control", "no-store")
  res.json(await pageVersion(req.scope))
}
