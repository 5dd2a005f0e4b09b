import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureInventoryLevelsStep } from "./steps/ensure-inventory-levels"
import { prepareStockMovementsStep, type RecordStockInput } from "./steps/prepare-stock-movements"
import { recordStockMovementsStep } from "./steps/record-stock-movements"

export type { RecordStockInput, StockChange } from "./steps/prepare-stock-movements"
// the stock count uses this step too; it is still exported here, where it used to live
export { ensureInventoryLevelsStep }

/**
 * Intakes, returns to the producer and count adjustments at a showroom: each
 * change is a ledger row (who, when, why) and the same change of the Medusa
 * inventory level at the showroom's stock location.
 */
export const recordStockMovementsWorkflow = createWorkflow("ocop-record-stock-movements", (input: RecordStockInput) => {
  const prepared = prepareStockMovementsStep(input)
  const levels = transform({ prepared }, ({ prepared }) => prepared.levels)
  const movementsIn = transform({ prepared }, ({ prepared }) => ({
    movements: prepared.movements,
    levels: prepared.levels,
    showroom: prepared.showroom,
  }))
  ensureInventoryLevelsStep(levels)
  const movements = recordStockMovementsStep(movementsIn)
  adjustInventoryLevelsStep(levels)
  return new WorkflowResponse(movements)
})
