import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCounterSaleStep } from "./steps/create-counter-sale"
import { priceCounterSaleStep, type CounterSaleInput } from "./steps/price-counter-sale"
import { recordCounterSaleMovementsStep } from "./steps/record-counter-sale-movements"

export type { CounterSaleInput }

/**
 * A sale at the counter, paid in cash, by card or by bank transfer: the sale
 * and its ledger lines (refused if any line is not in stock, under the same
 * per-variant lock as online stock) and the showroom's inventory levels.
 */
export const recordCounterSaleWorkflow = createWorkflow("ocop-record-counter-sale", (input: CounterSaleInput) => {
  const priced = priceCounterSaleStep(input)
  const saleInput = transform({ input, priced }, ({ input, priced }) => ({
    showroom_id: input.showroom_id,
    receipt: priced.receipt,
    payment_method: input.payment_method,
    total: priced.total,
    staff: input.staff,
    client_reference: input.client_reference ?? null,
  }))
  const sale = createCounterSaleStep(saleInput)
  const movementInput = transform({ input, priced, sale }, ({ input, priced, sale }) => ({
    sale_id: sale.id,
    showroom_id: input.showroom_id,
    stock_location_id: priced.showroom.stock_location_id,
    staff: input.staff,
    lines: priced.lines,
  }))
  recordCounterSaleMovementsStep(movementInput)
  const levels = transform({ priced }, ({ priced }) =>
    priced.lines.map((l) => ({
      inventory_item_id: l.inventory_item_id,
      location_id: priced.showroom.stock_location_id,
      adjustment: -l.quantity,
    }))
  )
  adjustInventoryLevelsStep(levels)
  const result = transform({ sale, priced }, ({ sale, priced }) => ({
    ...sale,
    lines: priced.lines.map(({ inventory_item_id, ...l }) => l),
  }))
  return new WorkflowResponse(result)
})
