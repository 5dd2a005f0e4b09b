import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import type { StaffRequest } from "../../../utils/middlewares/staff-context"

/**
 * A receipt to print: an intake (PN-...) with its lines, lots and best-before
 * dates, or a counter sale (HD-...) with its lines, prices and payment.
 * Only this showroom's receipts; another's is "not found".
 */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const receipt = String(req.params.receipt).slice(0, 64)
  const showroom = await consignment.retrieveShowroom(req.staff.showroom_id)
  const [sale] = await consignment.listCounterSales({ receipt, showroom_id: showroom.id } as any)
  const movements = await consignment.listStockMovements(
    (sale
      ? { order_id: sale.id, showroom_id: showroom.id }
      : { receipt, showroom_id: showroom.id, kind: "intake" }) as any,
    { order: { created_at: "ASC" }, take: null as any }
  )
  if (!movements.length)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy phiếu ${receipt} (receipt not found)`)
  const { data: variants } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product.title"],
    filters: { id: [...new Set(movements.map((m) => m.variant_id))] },
  })
  const nameOf = new Map(
    (variants as any[]).map((v) => [v.id, { name: `${v.product?.title ?? ""} · ${v.title}`, sku: v.sku }])
  )
  res.json({
    receipt: {
      number: receipt,
      kind: sale ? "sale" : "intake",
      showroom: { name: showroom.name, address: showroom.address, commune: showroom.commune },
      created_at: movements[0].created_at,
      staff: movements[0].actor,
      payment_method: sale?.payment_method ?? null,
      total: sale?.total ?? null,
      lines: movements.map((m) => ({
        name: nameOf.get(m.variant_id)?.name ?? m.variant_id,
        sku: nameOf.get(m.variant_id)?.sku ?? null,
        quantity: Math.abs(m.quantity),
        unit_price: m.unit_price,
        lot: m.lot,
        best_before: m.best_before,
      })),
    },
  })
}
