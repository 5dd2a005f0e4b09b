import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"

type Body = {
  producer_id: string
  commission_bps: number
  consignment_days: number
  settlement_cycle: "monthly" | "fortnightly"
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const agreements = await (
    req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService
  ).listConsignmentAgreements({ showroom_id: req.params.id } as any)
  res.json({ agreements, count: agreements.length })
}

/** The terms on which an approved producer consigns goods to this showroom; one active agreement per pair. */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const showroom = await consignment.retrieveShowroom(req.params.id)
  const [producer] = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).listOcopProducers({
    id: req.validatedBody.producer_id,
    status: "approved",
  })
  if (!producer)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Không có chủ thể đã duyệt ${req.validatedBody.producer_id} (no approved producer with this id)`
    )
  const [active] = await consignment.listConsignmentAgreements({
    showroom_id: showroom.id,
    producer_id: producer.id,
    status: "active",
  } as any)
  if (active)
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      "Đã có hợp đồng ký gửi đang hiệu lực (an active agreement exists)"
    )
  const agreement = await consignment.createConsignmentAgreements({
    ...req.validatedBody,
    showroom_id: showroom.id,
  } as any)
  res.status(201).json({ agreement })
}
