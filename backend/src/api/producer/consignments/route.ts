import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { SOLD_KINDS } from "../../../modules/consignment/models/stock-movement"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** The producer's goods at each showroom: units on hand, units and value sold there, and its settlements. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [movements, settlements] = await Promise.all([
    consignment.listStockMovements({ producer_id: req.producer.id } as any, { take: null as any }),
    consignment.listSettlements({ producer_id: req.producer.id } as any, {
      order: { period_start: "DESC" },
      take: null as any,
    }),
  ])
  const showroomIds = [
    ...new Set([...movements.map((m: any) => m.showroom_id), ...settlements.map((s: any) => s.showroom_id)]),
  ]
  const showrooms = showroomIds.length ? await consignment.listShowrooms({ id: showroomIds }) : []
  const variantIds = [...new Set(movements.map((m) => m.variant_id))]
  const { data: variants } = variantIds.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: variantIds } })
    : { data: [] as any[] }
  const nameOf = new Map((variants as any[]).map((v) => [v.id, `${v.product?.title ?? ""} · ${v.title}`]))
  res.json({
    showrooms: showrooms.map((s) => {
      const mine = movements.filter((m: any) => m.showroom_id === s.id)
      const lines = new Map<
        string,
        { variant_id: string; name: string; on_hand: number; sold: number; sold_value: number }
      >()
      for (const m of mine) {
        const line = lines.get(m.variant_id) ?? {
          variant_id: m.variant_id,
          name: nameOf.get(m.variant_id) ?? m.variant_id,
          on_hand: 0,
          sold: 0,
          sold_value: 0,
        }
        line.on_hand += m.quantity
        if (SOLD_KINDS.includes(m.kind)) {
          line.sold -= m.quantity
          line.sold_value -= m.quantity * (m.unit_price ?? 0)
        }
        lines.set(m.variant_id, line)
      }
      return {
        id: s.id,
        name: s.name,
        address: s.address,
        stock: [...lines.values()],
        settlements: settlements.filter((x: any) => x.showroom_id === s.id),
      }
    }),
  })
}
