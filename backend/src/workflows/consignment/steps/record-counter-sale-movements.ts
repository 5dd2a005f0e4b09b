import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { pickupSetAside, underStockLock } from "../utils/pickup"

export const recordCounterSaleMovementsStep = createStep(
  "ocop-record-counter-sale-movements",
  async (
    input: { sale_id: string; showroom_id: string; stock_location_id: string; staff: string; lines: any[] },
    { container }
  ) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const showroom = { id: input.showroom_id, stock_location_id: input.stock_location_id }
    const created = await underStockLock(
      container,
      input.lines.map((l) => l.inventory_item_id),
      async () =>
        consignment.recordMovements(
          input.lines.map((l) => ({
            showroom_id: input.showroom_id,
            producer_id: l.producer_id,
            product_id: l.product_id,
            variant_id: l.variant_id,
            kind: "sale" as const,
            quantity: -l.quantity,
            unit_price: l.unit_price,
            actor: input.staff,
            order_id: input.sale_id,
          })),
          // units set aside for online orders to be picked up here are not for sale at the counter
          {
            setAside: await pickupSetAside(
              container,
              showroom,
              input.lines.map((l) => l.variant_id)
            ),
          }
        )
    )
    return new StepResponse(
      created,
      created.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  }
)
