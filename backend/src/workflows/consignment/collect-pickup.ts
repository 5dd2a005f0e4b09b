import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { inventoryItemsOf, pickupSetAside, underStockLock } from "./utils/pickup"
import { pickupOrder, type PickupOrder } from "./utils/pickup-orders"

export type CollectPickupInput = {
  showroom_id: string
  order_id: string
  staff: { id: string; email: string }
  payment_method?: "cash" | "card" | "bank_transfer"
}

/** The order as the showroom sees it; only one waiting at this showroom can be collected. */
const checkCollectableStep = createStep("ocop-check-pickup-collectable", async (input: CollectPickupInput, { container }) => {
  const order = await pickupOrder(container, input.showroom_id, input.order_id)
  if (order.state === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn hàng đã bị hủy (the order was canceled)")
  if (order.state === "collected") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Khách đã nhận đơn này (already collected)")
  if (order.payment.to_collect && !input.payment_method) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hãy chọn cách khách trả tiền (choose how the customer paid)")
  }
  const showroom = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).retrieveShowroom(input.showroom_id)
  return new StepResponse({ order, showroom: { id: showroom.id, stock_location_id: showroom.stock_location_id } })
})

/** The goods leave the showroom: "pickup" ledger lines at the price the shopper paid, for the producer's settlement. */
const recordPickupMovementsStep = createStep(
  "ocop-record-pickup-movements",
  async (input: { showroom: { id: string; stock_location_id: string }; actor: string; order: PickupOrder }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const { order, showroom } = input
    const items = await inventoryItemsOf(container, order.items.map((i) => i.variant_id))
    const created = await underStockLock(container, [...items.values()].map((i) => i.inventory_item_id), async () =>
      consignment.recordMovements(
        order.items.map((i) => ({
          showroom_id: showroom.id,
          producer_id: i.producer_id!,
          product_id: i.product_id,
          variant_id: i.variant_id,
          kind: "pickup" as const,
          quantity: -i.quantity,
          unit_price: i.unit_price,
          actor: input.actor,
          order_id: order.id,
        })),
        // this order's own units are set aside for it: only others' count against it
        { setAside: await pickupSetAside(container, showroom, order.items.map((i) => i.variant_id), new Set(order.reservation_ids)) }
      )
    )
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  }
)

/** Who handed the order over and how it was paid, on the order for the shopper and the operator. */
const noteCollectedStep = createStep(
  "ocop-note-pickup-collected",
  async (input: { order_id: string; metadata: Record<string, unknown> | null; note: Record<string, unknown> }, { container }) => {
    await container.resolve(Modules.ORDER).updateOrders(input.order_id, { metadata: { ...(input.metadata ?? {}), ...input.note } })
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (input) await container.resolve(Modules.ORDER).updateOrders(input.order_id, { metadata: input.metadata ?? {} })
  }
)

/**
 * The shopper collects an online order at the showroom: the ledger records
 * the units leaving (refused if they are not there), Medusa fulfils the order
 * from the showroom's stock location (its reservation is used up) and marks
 * it delivered, and a payment made at the showroom is captured. One order is
 * collected once: a lock on it makes a double click wait and then fail.
 */
export const collectPickupWorkflow = createWorkflow("ocop-collect-pickup", (input: CollectPickupInput) => {
  acquireLockStep({ key: input.order_id, timeout: 5, ttl: 30 })
  const checked = checkCollectableStep(input)
  recordPickupMovementsStep(
    transform({ input, checked }, ({ input, checked }) => ({ showroom: checked.showroom, actor: input.staff.email, order: checked.order }))
  )
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input, checked }) => ({
      order_id: input.order_id,
      items: checked.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
      location_id: checked.showroom.stock_location_id,
      created_by: input.staff.id,
    })),
  })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({ orderId: input.order_id, fulfillmentId: fulfillment.id })),
  })
  noteCollectedStep(
    transform({ input, checked }, ({ input, checked }) => ({
      order_id: input.order_id,
      metadata: checked.order.metadata,
      note: { ocop_pickup_collected_by: input.staff.email, ocop_pickup_paid_by: input.payment_method ?? null },
    }))
  )
  when({ checked }, ({ checked }) => !!checked.order.payment.to_collect).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ input, checked }, ({ input, checked }) => ({ payment_id: checked.order.payment.to_collect!, captured_by: input.staff.id })),
    })
  })
  releaseLockStep({ key: input.order_id })
  return new WorkflowResponse(transform({ checked }, ({ checked }) => ({ id: checked.order.id })))
})

