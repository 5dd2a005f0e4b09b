import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { recordCounterSaleWorkflow, CounterSaleInput } from "../../../workflows/consignment/counter-sale"
import type { StaffRequest } from "../context"

export async function GET(req: StaffRequest, res: MedusaResponse) {
  const sales = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listCounterSales(
    { showroom_id: req.staff.showroom_id } as any,
    { order: { created_at: "DESC" }, take: 200 }
  )
  res.json({ sales, count: sales.length })
}

/** A sale at the counter; refused (400) if a product is off sale or short of stock, with nothing recorded. */
export async function POST(req: StaffRequest<Pick<CounterSaleInput, "payment_method" | "lines">>, res: MedusaResponse) {
  const { result } = await recordCounterSaleWorkflow(req.scope).run({
    input: { ...req.validatedBody, showroom_id: req.staff.showroom_id, staff: req.staff.email },
  })
  res.status(201).json({ sale: result })
}
