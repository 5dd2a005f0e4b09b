import { MedusaError, Modules } from "@medusajs/framework/utils"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import type { MovementInput } from "../../modules/consignment/service"
import { assertProductsSellable } from "../product/utils/assert-products-sellable"
import { resolveConsignedVariants } from "./utils/consigned-variants"
import { pickupSetAside, underStockLock } from "./utils/pickup"

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
const prepareMovementsStep = createStep("ocop-prepare-stock-movements", async (input: RecordStockInput, { container }) => {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const showroom = await consignment.retrieveShowroom(input.showroom_id)
  const variants = await resolveConsignedVariants(container, input.changes.map((c) => c.variant_id))
  const intakeProducts = [...new Set(input.changes.filter((c) => c.kind === "intake").map((c) => variants.get(c.variant_id)!.product_id))]
  if (intakeProducts.length) await assertProductsSellable(container, intakeProducts)
  const producers = [...new Set(input.changes.map((c) => variants.get(c.variant_id)!.producer_id))]
  const agreements = await consignment.listConsignmentAgreements({ showroom_id: showroom.id, producer_id: producers, status: "active" } as any)
  const agreed = new Set(agreements.map((a) => a.producer_id))
  const movements: MovementInput[] = input.changes.map((c) => {
    const v = variants.get(c.variant_id)!
    // goods come in (intake, or found by a count) only from producers with an agreement
    if (c.kind !== "return" && !agreed.has(v.producer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Chưa có hợp đồng ký gửi với chủ thể của "${v.product_title}" (no consignment agreement with this product's producer)`)
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
  return new StepResponse({ movements, levels, showroom: { id: showroom.id, stock_location_id: showroom.stock_location_id } })
})

/** Creates the showroom's inventory levels that do not exist yet (a first intake of a product). */
export const ensureInventoryLevelsStep = createStep(
  "ocop-ensure-showroom-inventory-levels",
  async (levels: { inventory_item_id: string; location_id: string }[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels({ inventory_item_id: levels.map((l) => l.inventory_item_id), location_id: levels.map((l) => l.location_id) })
    const have = new Set(existing.map((l) => `${l.inventory_item_id}:${l.location_id}`))
    const missing = [...new Map(levels.filter((l) => !have.has(`${l.inventory_item_id}:${l.location_id}`)).map((l) => [`${l.inventory_item_id}:${l.location_id}`, l])).values()]
    const created: { id: string }[] = []
    for (const l of missing) {
      try {
        created.push(await inventory.createInventoryLevels({ ...l, stocked_quantity: 0 }))
      } catch (e) {
        // two first deliveries of a product at once: the other one created the level, which is all we need
        const [now] = await inventory.listInventoryLevels({ inventory_item_id: l.inventory_item_id, location_id: l.location_id })
        if (!now) throw e
      }
    }
    // only the levels this step created are removed on compensation, never one another request made
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)

const recordMovementsStep = createStep(
  "ocop-record-stock-movements",
  async (input: { movements: MovementInput[]; levels: { inventory_item_id: string }[]; showroom: { id: string; stock_location_id: string } }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const outgoing = input.movements.filter((m) => m.quantity < 0).map((m) => m.variant_id)
    // units set aside for pickup orders cannot be returned or written off from under them
    const created = await underStockLock(container, input.levels.map((l) => l.inventory_item_id), async () =>
      consignment.recordMovements(input.movements, { setAside: await pickupSetAside(container, input.showroom, outgoing) })
    )
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  }
)

/**
 * Intakes, returns to the producer and count adjustments at a showroom: each
 * change is a ledger row (who, when, why) and the same change of the Medusa
 * inventory level at the showroom's stock location.
 */
export const recordStockMovementsWorkflow = createWorkflow("ocop-record-stock-movements", (input: RecordStockInput) => {
  const prepared = prepareMovementsStep(input)
  const levels = transform({ prepared }, ({ prepared }) => prepared.levels)
  const movementsIn = transform({ prepared }, ({ prepared }) => ({ movements: prepared.movements, levels: prepared.levels, showroom: prepared.showroom }))
  ensureInventoryLevelsStep(levels)
  const movements = recordMovementsStep(movementsIn)
  adjustInventoryLevelsStep(levels)
  return new WorkflowResponse(movements)
})
