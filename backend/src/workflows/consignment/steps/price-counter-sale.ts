import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { assertProductsSellable } from "../../product/utils/assert-products-sellable"
import { resolveConsignedVariants } from "../utils/consigned-variants"
import { counterPrices } from "../utils/counter-prices"

export type CounterSaleInput = {
  showroom_id: string
  staff: string
  payment_method: "cash" | "card" | "bank_transfer"
  client_reference?: string
  lines: { variant_id: string; quantity: number }[]
}

/** The lines priced at the price a shopper pays now (price lists included); products must be on sale now (certificate valid) to be sold at the counter. */
export const priceCounterSaleStep = createStep(
  "ocop-price-counter-sale",
  async (input: CounterSaleInput, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const showroom = await consignment.retrieveShowroom(input.showroom_id)
    const variants = await resolveConsignedVariants(
      container,
      input.lines.map((l) => l.variant_id)
    )
    await assertProductsSellable(container, [...new Set([...variants.values()].map((v) => v.product_id))])
    const priceOf = await counterPrices(
      container,
      input.lines.map((l) => l.variant_id)
    )
    const receipt = await consignment.nextReceiptNumber("HD")
    const lines = input.lines.map((l) => {
      const v = variants.get(l.variant_id)!
      const price = priceOf.get(l.variant_id)
      if (price == null)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${v.product_title}" chưa có giá bán (no VND price)`)
      return { ...v, quantity: l.quantity, unit_price: price }
    })
    const total = lines.reduce((n, l) => n + l.unit_price * l.quantity, 0)
    if (total > 2_000_000_000) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Hóa đơn quá 2 tỷ đồng: hãy tách thành nhiều hóa đơn (receipt above 2 billion dong: split it)"
      )
    }
    return new StepResponse({ showroom, lines, receipt, total })
  }
)
