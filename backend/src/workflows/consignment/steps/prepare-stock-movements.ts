import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { MovementInput } from "../../../modules/consignment/service"
import { assertProductsSellable } from "../../product/utils/assert-products-sellable"
import { resolveConsignedVariants } from "../utils/consigned-variants"

export type StockChange = {
  variant_id: string
  kind: "intake" | "return" | "adjustment"
  quantity: number
  unit_price?: number | null
  lot?: string | null
  best_before?: Date | string | null
  reason?: string | null
}

export type RecordStockInput = { showroom_id: string; actor: string; receipt?: string | null; changes: StockChange[] }

/**
 * Checks and completes the changes: each variant's product and producer; an
 * intake only of products on sale (certified now) from a producer with an
 * active agreement at this showroom.
 */
export const prepareStockMovementsStep = createStep(
  "ocop-prepare-stock-movements",
  async (input: RecordStockInput, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const showroom = await consignment.retrieveShowroom(input.showroom_id)
    const variants = await resolveConsignedVariants(
      container,
      input.changes.map((c) => c.variant_id)
    )
    const intakeProducts = [
      ...new Set(input.changes.filter((c) => c.kind === "intake").map((c) => variants.get(c.variant_id)!.product_id)),
    ]
    if (intakeProducts.length) await assertProductsSellable(container, intakeProducts)
    const producers = [...new Set(input.changes.map((c) => variants.get(c.variant_id)!.producer_id))]
    const agreements = await consignment.listConsignmentAgreements({
      showroom_id: showroom.id,
      producer_id: producers,
      status: "active",
    } as any)
    const agreed = new Set(agreements.map((a) => a.producer_id))
    const movements: MovementInput[] = input.changes.map((c) => {
      const v = variants.get(c.variant_id)!
      // goods come in (intake, or found by a count) only from producers with an agreement
      if (c.kind !== "return" && !agreed.has(v.producer_id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Chưa có hợp đồng ký gửi với chủ thể của "${v.product_title}" (no consignment agreement with this product's producer)`
        )
      }
      return {
        showroom_id: showroom.id,
        producer_id: v.producer_id,
        product_id: v.product_id,
        variant_id: c.variant_id,
        kind: c.kind,
        quantity: c.quantity,
        unit_price: c.unit_price ?? null,
        lot: c.lot ?? null,
        best_before: c.best_before ? new Date(c.best_before) : null,
        reason: c.reason ?? null,
        actor: input.actor,
        receipt: input.receipt ?? null,
      }
    })
    const levels = movements.map((m) => ({
      inventory_item_id: variants.get(m.variant_id)!.inventory_item_id,
      location_id: showroom.stock_location_id,
      adjustment: m.quantity,
    }))
    return new StepResponse({
      movements,
      levels,
      showroom: { id: showroom.id, stock_location_id: showroom.stock_location_id },
    })
  }
)
