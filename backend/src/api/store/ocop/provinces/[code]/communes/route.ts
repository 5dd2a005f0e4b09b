import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { communesOf, findAdminProvince } from "../../../../../../modules/ocop/lib/admin-units"
import type { StoreOcopCommunesResponse } from "../../../types"

/** The communes, wards and special zones of one of today's 34 provinces (its code, official code or name). */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOcopCommunesResponse>) {
  const province = findAdminProvince(String(req.params.code ?? ""))
  if (!province) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không có tỉnh/thành phố này trong 34 tỉnh/thành phố hiện nay (no such province today)"
    )
  }
  const communes = communesOf(province.code).map((c) => ({ code: c.code, name: c.name }))
  res.set("cache-control", "public, max-age=86400")
  res.json({
    province: { code: province.slug, official_code: province.code, name: province.name, full_name: province.full_name },
    communes,
    count: communes.length,
  })
}
