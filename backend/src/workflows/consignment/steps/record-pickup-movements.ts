import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { inventoryItemsOf, pickupSetAside, underStockLock } from "../utils/pickup"
import type { PickupOrder } from "../utils/pickup-orders"

/** The goods leave the showroom: "pickup" ledger lines at the price the shopper paid, for the producer's settlement. */
export const recordPickupMovementsStep = createStep(
  "ocop-record-pickup-movements",
  async (
    input: { showroom: { id: string; stock_location_id: string }; actor: string; order: PickupOrder },
    { container }
  ) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const { order, showroom } = input
    const items = await inventoryItemsOf(
      container,
      order.items.map((i) => i.variant_id)
    )
    const created = await underStockLock(
      container,
      [...items.values()].map((i) => i.inventory_item_id),
      async () =>
        consignment.recordMovements(
          order.items.map((i) => ({
            showroom_id: showroom.id,
            producer_id: i.producer_id!,
            product_id: i.product_id,
            variant_id: i.variant_id,
            kind: "pickup" as const,
            quantity: -i.quantity,
            unit_price: i.unit_price,
            actor: input.actor,
            order_id: order.id,
          })),
          // this order's own units are set aside for it: only others' count against it
          {
            setAside: await pickupSetAside(
              container,
              showroom,
              order.items.map((i) => i.variant_id),
              new Set(order.reservation_ids)
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
