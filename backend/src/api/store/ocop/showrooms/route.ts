import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** The showroom locator: every showroom with its address, hours and province. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [showrooms, provinces] = await Promise.all([
    (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listShowrooms({}, { order: { name: "ASC" } }),
    (req.scope.resolve(OCOP_MODULE) as OcopModuleService).getProvinceDirectory(),
  ])
  res.json({
    showrooms: showrooms.map((s) => ({
      id: s.id,
      handle: s.handle,
      name: s.name,
      address: s.address,
      commune: s.commune,
      province: { code: s.province_code, name: provinces.unit(s.province_code)?.name ?? s.province_code },
      opening_hours: s.opening_hours,
      phone: s.phone,
    })),
    count: showrooms.length,
  })
}
