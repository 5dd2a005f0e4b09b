import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { recordCounterSaleWorkflow, CounterSaleInput } from "../../../workflows/consignment/counter-sale"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

export async function GET(req: StaffRequest, res: MedusaResponse) {
  const sales = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listCounterSales(
    { showroom_id: req.staff.showroom_id } as any,
    { order: { created_at: "DESC" }, take: 200 }
  )
  res.json({ sales, count: sales.length })
}

/** The sale this showroom already recorded under the counter screen's key, with its lines. */
async function saleWithReference(consignment: ConsignmentModuleService, showroomId: string, reference?: string) {
  if (!reference) return null
  const [sale] = await consignment.listCounterSales({ showroom_id: showroomId, client_reference: reference } as any)
  if (!sale) return null
  const movements = await consignment.listStockMovements({ order_id: sale.id, kind: "sale" } as any)
  return {
    ...sale,
    lines: movements.map((m) => ({
      variant_id: m.variant_id,
      product_id: m.product_id,
      producer_id: m.producer_id,
      quantity: -m.quantity,
      unit_price: m.unit_price,
    })),
  }
}

/**
 * A sale at the counter; refused (400) if a product is off sale or short of
 * stock, with nothing recorded. Sent again with the same client_reference (a
 * double click, a retry after a dropped connection), it answers the sale
 * already recorded (200) instead of selling twice.
 */
export async function POST(
  req: StaffRequest<Pick<CounterSaleInput, "payment_method" | "lines" | "client_reference">>,
  res: MedusaResponse
) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const reference = req.validatedBody.client_reference
  const earlier = await saleWithReference(consignment, req.staff.showroom_id, reference)
  if (earlier) return res.status(200).json({ sale: earlier, replayed: true })
  try {
    const { result } = await recordCounterSaleWorkflow(req.scope).run({
      input: { ...req.validatedBody, showroom_id: req.staff.showroom_id, staff: req.staff.email },
    })
    res.status(201).json({ sale: result })
  } catch (e) {
    // the same key sent twice at once: the unique index let one through and rolled this one back
    const winner = await saleWithReference(consignment, req.staff.showroom_id, reference)
    if (winner) return res.status(200).json({ sale: winner, replayed: true })
    throw e
  }
}
