import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureInventoryLevelsStep } from "./steps/ensure-inventory-levels"
import { prepareStockCountStep, type StockCountInput } from "./steps/prepare-stock-count"
import { recordStockCountsStep } from "./steps/record-stock-counts"

export type { StockCountInput }

/**
 * A stock count at a showroom: each difference, computed under the variant's
 * lock, becomes an adjustment with its reason and the same change of the
 * inventory level at the showroom's location.
 */
export const recordStockCountWorkflow = createWorkflow("ocop-record-stock-count", (input: StockCountInput) => {
  const prepared = prepareStockCountStep(input)
  const allLevels = transform({ prepared }, ({ prepared }) =>
    prepared.counts.map((c) => ({
      inventory_item_id: prepared.itemOf[c.variant_id],
      location_id: prepared.location_id,
    }))
  )
  ensureInventoryLevelsStep(allLevels)
  const counts = transform({ prepared }, ({ prepared }) => prepared.counts)
  const movements = recordStockCountsStep(counts)
  const adjustments = transform({ prepared, movements }, ({ prepared, movements }) =>
    movements.map((m) => ({
      inventory_item_id: prepared.itemOf[m.variant_id],
      location_id: prepared.location_id,
      adjustment: m.quantity,
    }))
  )
  adjustInventoryLevelsStep(adjustments)
  return new WorkflowResponse(movements)
})
