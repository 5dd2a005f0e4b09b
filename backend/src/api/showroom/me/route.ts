import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** The logged-in staff member, their showroom and its active agreements (with producer names). */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [showroom, agreements] = await Promise.all([
    consignment.retrieveShowroom(req.staff.showroom_id),
    consignment.listConsignmentAgreements({ showroom_id: req.staff.showroom_id, status: "active" } as any),
  ])
  const producers = agreements.length
    ? await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).listOcopProducers(
        { id: agreements.map((a) => a.producer_id) },
        { select: ["id", "name"] }
      )
    : []
  const nameOf = new Map(producers.map((p) => [p.id, p.name]))
  res.json({
    staff: req.staff,
    showroom,
    agreements: agreements.map((a) => ({
      id: a.id,
      producer_id: a.producer_id,
      producer_name: nameOf.get(a.producer_id) ?? a.producer_id,
      commission_bps: a.commission_bps,
      consignment_days: a.consignment_days,
      settlement_cycle: a.settlement_cycle,
    })),
  })
}
