import { MedusaError } from "@medusajs/framework/utils"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { assertProductsSellable } from "../product/utils/assert-products-sellable"
import { resolveConsignedVariants } from "./utils/consigned-variants"
import { counterPrices } from "./utils/counter-prices"
import { pickupSetAside, underStockLock } from "./utils/pickup"

export type CounterSaleInput = {
  showroom_id: string
  staff: string
  payment_method: "cash" | "card" | "bank_transfer"
  client_reference?: string
  lines: { variant_id: string; quantity: number }[]
}

/** The lines priced at the price a shopper pays now (price lists included); products must be on sale now (certificate valid) to be sold at the counter. */
const priceCounterSaleStep = createStep("ocop-price-counter-sale", async (input: CounterSaleInput, { container }) => {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const showroom = await consignment.retrieveShowroom(input.showroom_id)
  const variants = await resolveConsignedVariants(container, input.lines.map((l) => l.variant_id))
  await assertProductsSellable(container, [...new Set([...variants.values()].map((v) => v.product_id))])
  const priceOf = await counterPrices(container, input.lines.map((l) => l.variant_id))
  const receipt = await consignment.nextReceiptNumber("HD")
  const lines = input.lines.map((l) => {
    const v = variants.get(l.variant_id)!
    const price = priceOf.get(l.variant_id)
    if (price == null) throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${v.product_title}" chưa có giá bán (no VND price)`)
    return { ...v, quantity: l.quantity, unit_price: price }
  })
  const total = lines.reduce((n, l) => n + l.unit_price * l.quantity, 0)
  if (total > 2_000_000_000) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hóa đơn quá 2 tỷ đồng: hãy tách thành nhiều hóa đơn (receipt above 2 billion dong: split it)")
  }
  return new StepResponse({ showroom, lines, receipt, total })
})

const createCounterSaleStep = createStep(
  "ocop-create-counter-sale",
  async (input: { showroom_id: string; receipt: string; payment_method: string; total: number; staff: string; client_reference: string | null }, { container }) => {
    const sale = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).createCounterSales(input as any)
    return new StepResponse(sale, sale.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteCounterSales([id])
  }
)

const recordSaleMovementsStep = createStep(
  "ocop-record-counter-sale-movements",
  async (input: { sale_id: string; showroom_id: string; stock_location_id: string; staff: string; lines: any[] }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const showroom = { id: input.showroom_id, stock_location_id: input.stock_location_id }
    const created = await underStockLock(container, input.lines.map((l) => l.inventory_item_id), async () =>
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
        { setAside: await pickupSetAside(container, showroom, input.lines.map((l) => l.variant_id)) }
      )
    )
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  }
)

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
  recordSaleMovementsStep(movementInput)
  const levels = transform({ priced }, ({ priced }) =>
    priced.lines.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: priced.showroom.stock_location_id, adjustment: -l.quantity }))
  )
  adjustInventoryLevelsStep(levels)
  const result = transform({ sale, priced }, ({ sale, priced }) => ({ ...sale, lines: priced.lines.map(({ inventory_item_id, ...l }) => l) }))
  return new WorkflowResponse(result)
})
