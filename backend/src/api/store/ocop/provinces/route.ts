import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** The 34 current provinces, each with the former units it was formed from. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const directory = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).getProvinceDirectory()
  const provinces = directory
    .currentUnits()
    .map((u) => ({
      code: u.code,
      name: u.name,
      region: u.region,
      former: directory.formerUnitsOf(u.code).map((f) => ({ code: f.code, name: f.name })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  res.json({ provinces, count: provinces.length })
}
