import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

// periods are whole days on Vietnam's calendar
const vnDay = (d: string, plusDays = 0) => new Date(new Date(`${d}T00:00:00+07:00`).getTime() + plusDays * 86_400_000)

export async function GET(req: StaffRequest, res: MedusaResponse) {
  const settlements = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listSettlements(
    { showroom_id: req.staff.showroom_id } as any,
    { order: { created_at: "DESC" }, take: 200 }
  )
  res.json({ settlements, count: settlements.length })
}

/** A draft settlement with a producer for the days from..to (inclusive), at the agreement's commission. */
export async function POST(req: StaffRequest<{ producer_id: string; from: string; to: string }>, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const { producer_id, from, to } = req.validatedBody
  const [agreement] = await consignment.listConsignmentAgreements({
    showroom_id: req.staff.showroom_id,
    producer_id,
    status: "active",
  } as any)
  if (!agreement)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Chưa có hợp đồng ký gửi với chủ thể này (no consignment agreement with this producer)"
    )
  const settlement = await consignment.settle({
    showroom_id: req.staff.showroom_id,
    producer_id,
    period_start: vnDay(from),
    period_end: vnDay(to, 1),
    commission_bps: agreement.commission_bps,
  })
  // the producer is told by email (subscribers/notify-settlement)
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: "ocop.settlement.created", data: { id: settlement.id } })
  res.status(201).json({ settlement })
}
