import { MedusaError } from "@medusajs/framework/utils"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { resolveConsignedVariants } from "./utils/consigned-variants"
import { ensureInventoryLevelsStep } from "./record-stock-movements"

export type StockCountInput = { showroom_id: string; actor: string; lines: { variant_id: string; counted: number; reason: string }[] }

/** Who owns each counted variant, and its inventory item; only producers with an agreement here. */
const prepareCountStep = createStep("ocop-prepare-stock-count", async (input: StockCountInput, { container }) => {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const showroom = await consignment.retrieveShowroom(input.showroom_id)
  const variants = await resolveConsignedVariants(container, input.lines.map((l) => l.variant_id))
  const agreements = await consignment.listConsignmentAgreements({ showroom_id: showroom.id, status: "active" } as any)
  const agreed = new Set(agreements.map((a) => a.producer_id))
  const counts = input.lines.map((l) => {
    const v = variants.get(l.variant_id)!
    if (!agreed.has(v.producer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Chưa có hợp đồng ký gửi với chủ thể của "${v.product_title}" (no consignment agreement with this product's producer)`)
    }
    return { showroom_id: showroom.id, producer_id: v.producer_id, product_id: v.product_id, variant_id: l.variant_id, counted: l.counted, reason: l.reason, actor: input.actor }
  })
  const itemOf = Object.fromEntries([...variants.values()].map((v) => [v.variant_id, v.inventory_item_id]))
  return new StepResponse({ counts, location_id: showroom.stock_location_id, itemOf })
})

const recordCountsStep = createStep(
  "ocop-record-stock-counts",
  async (counts: any[], { container }) => {
    const created = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).recordCounts(counts)
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  }
)

/**
 * A stock count at a showroom: each difference, computed under the variant's
 * lock, becomes an adjustment with its reason and the same change of the
 * inventory level at the showroom's location.
 */
export const recordStockCountWorkflow = createWorkflow("ocop-record-stock-count", (input: StockCountInput) => {
  const prepared = prepareCountStep(input)
  const allLevels = transform({ prepared }, ({ prepared }) =>
    prepared.counts.map((c) => ({ inventory_item_id: prepared.itemOf[c.variant_id], location_id: prepared.location_id }))
  )
  ensureInventoryLevelsStep(allLevels)
  const counts = transform({ prepared }, ({ prepared }) => prepared.counts)
  const movements = recordCountsStep(counts)
  const adjustments = transform({ prepared, movements }, ({ prepared, movements }) =>
    movements.map((m) => ({ inventory_item_id: prepared.itemOf[m.variant_id], location_id: prepared.location_id, adjustment: m.quantity }))
  )
  adjustInventoryLevelsStep(adjustments)
  return new WorkflowResponse(movements)
})
