import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { MovementInput } from "../../../modules/consignment/service"
import { pickupSetAside, underStockLock } from "../utils/pickup"

export const recordStockMovementsStep = createStep(
  "ocop-record-stock-movements",
  async (
    input: {
      movements: MovementInput[]
      levels: { inventory_item_id: string }[]
      showroom: { id: string; stock_location_id: string }
    },
    { container }
  ) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const outgoing = input.movements.filter((m) => m.quantity < 0).map((m) => m.variant_id)
    // units set aside for pickup orders cannot be returned or written off from under them
    const created = await underStockLock(
      container,
      input.levels.map((l) => l.inventory_item_id),
      async () =>
        consignment.recordMovements(input.movements, {
          setAside: await pickupSetAside(container, input.showroom, outgoing),
        })
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
