import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { resolveConsignedVariants } from "../utils/consigned-variants"

export type StockCountInput = {
  showroom_id: string
  actor: string
  lines: { variant_id: string; counted: number; reason: string }[]
}

/** Who owns each counted variant, and its inventory item; only producers with an agreement here. */
export const prepareStockCountStep = createStep(
  "ocop-prepare-stock-count",
  async (input: StockCountInput, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const showroom = await consignment.retrieveShowroom(input.showroom_id)
    const variants = await resolveConsignedVariants(
      container,
      input.lines.map((l) => l.variant_id)
    )
    const agreements = await consignment.listConsignmentAgreements({
      showroom_id: showroom.id,
      status: "active",
    } as any)
    const agreed = new Set(agreements.map((a) => a.producer_id))
    const counts = input.lines.map((l) => {
      const v = variants.get(l.variant_id)!
      if (!agreed.has(v.producer_id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Chưa có hợp đồng ký gửi với chủ thể của "${v.product_title}" (no consignment agreement with this product's producer)`
        )
      }
      return {
        showroom_id: showroom.id,
        producer_id: v.producer_id,
        product_id: v.product_id,
        variant_id: l.variant_id,
        counted: l.counted,
        reason: l.reason,
        actor: input.actor,
      }
    })
    const itemOf = Object.fromEntries([...variants.values()].map((v) => [v.variant_id, v.inventory_item_id]))
    return new StepResponse({ counts, location_id: showroom.stock_location_id, itemOf })
  }
)
