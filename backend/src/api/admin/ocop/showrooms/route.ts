import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createShowroomWorkflow, CreateShowroomInput } from "../../../../workflows/consignment/create-showroom"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const showrooms = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listShowrooms(
    {},
    { order: { name: "ASC" } }
  )
  res.json({ showrooms, count: showrooms.length })
}

/** A new showroom, in one of today's provinces, with its own stock location. */
export async function POST(req: AuthenticatedMedusaRequest<CreateShowroomInput>, res: MedusaResponse) {
  const provinces = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).getProvinceDirectory()
  const unit = provinces.unit(req.validatedBody.province_code)
  if (!unit || unit.current_code !== unit.code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${req.validatedBody.province_code}" không phải tỉnh/thành hiện hành (not one of the 34 current provinces)`
    )
  }
  const { result } = await createShowroomWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ showroom: result })
}
