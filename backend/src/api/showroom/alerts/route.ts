import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { stockAlerts } from "../../../modules/consignment/lib/stock-alerts"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** Goods past their consignment period, or past or near their best-before date, still on hand here. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [rows, agreements] = await Promise.all([
    consignment.listStockMovements({ showroom_id: req.staff.showroom_id } as any, { take: null as any }),
    consignment.listConsignmentAgreements({ showroom_id: req.staff.showroom_id, status: "active" } as any),
  ])
  const days = new Map(agreements.map((a) => [a.producer_id, a.consignment_days]))
  res.json({ alerts: stockAlerts(rows as any, days, new Date()) })
}
