import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import { csvCell } from "../../../../modules/consignment/lib/payouts"
import type { StaffRequest } from "../../../utils/middlewares/staff-context"

const NEXT: Record<string, string> = { draft: "confirmed", confirmed: "paid" }

async function ownSettlement(req: StaffRequest) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [settlement] = await consignment.listSettlements({
    id: req.params.id,
    showroom_id: req.staff.showroom_id,
  } as any)
  // another showroom's settlement is "not found"
  if (!settlement)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy bảng đối soát ${req.params.id} (settlement not found)`
    )
  return settlement
}

/** One settlement with its sale lines; `?format=csv` downloads it. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const settlement = await ownSettlement(req)
  const lines = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listStockMovements(
    { settlement_id: settlement.id } as any,
    { order: { created_at: "ASC" }, take: null as any }
  )
  if ((req.query as any).format !== "csv") return res.json({ settlement, lines })
  const rows: unknown[][] = [
    ["settlement", "sold_at", "product_id", "variant_id", "quantity", "unit_price_vnd", "line_total_vnd"],
  ]
  for (const l of lines)
    rows.push([
      settlement.id,
      new Date(l.created_at).toISOString(),
      l.product_id,
      l.variant_id,
      -l.quantity,
      l.unit_price,
      -l.quantity * (l.unit_price ?? 0),
    ])
  rows.push([settlement.id, "total", "", "", settlement.units, "", settlement.gross])
  rows.push([settlement.id, "commission", "", "", "", "", settlement.commission])
  rows.push([settlement.id, "net_payable", "", "", "", "", settlement.net])
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="doi-soat-${settlement.id}.csv"`)
  res.send("\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n")
}

/** Confirm a draft, then mark it paid; only forward, and only by a manager. */
export async function POST(req: StaffRequest<{ status: "confirmed" | "paid" }>, res: MedusaResponse) {
  if (req.staff.role !== "manager")
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Chỉ quản lý điểm bán được xác nhận đối soát (only a manager can confirm settlements)"
    )
  const settlement = await ownSettlement(req)
  if (NEXT[settlement.status] !== req.validatedBody.status) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Không thể chuyển từ "${settlement.status}" sang "${req.validatedBody.status}" (not allowed)`
    )
  }
  const updated = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).updateSettlements({
    id: settlement.id,
    status: req.validatedBody.status,
  } as any)
  res.json({ settlement: updated })
}
