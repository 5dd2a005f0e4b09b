import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { checkPickupCollectableStep, type CollectPickupInput } from "./steps/check-pickup-collectable"
import { notePickupCollectedStep } from "./steps/note-pickup-collected"
import { recordPickupMovementsStep } from "./steps/record-pickup-movements"

export type { CollectPickupInput }

/**
 * The shopper collects an online order at the showroom: the ledger records
 * the units leaving (refused if they are not there), Medusa fulfils the order
 * from the showroom's stock location (its reservation is used up) and marks
 * it delivered, and a payment made at the showroom is captured. One order is
 * collected once: a lock on it makes a double click wait and then fail.
 */
export const collectPickupWorkflow = createWorkflow("ocop-collect-pickup", (input: CollectPickupInput) => {
  acquireLockStep({ key: input.order_id, timeout: 5, ttl: 30 })
  const checked = checkPickupCollectableStep(input)
  recordPickupMovementsStep(
    transform({ input, checked }, ({ input, checked }) => ({
      showroom: checked.showroom,
      actor: input.staff.email,
      order: checked.order,
    }))
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
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      orderId: input.order_id,
      fulfillmentId: fulfillment.id,
    })),
  })
  notePickupCollectedStep(
    transform({ input, checked }, ({ input, checked }) => ({
      order_id: input.order_id,
      metadata: checked.order.metadata,
      note: { ocop_pickup_collected_by: input.staff.email, ocop_pickup_paid_by: input.payment_method ?? null },
    }))
  )
  when({ checked }, ({ checked }) => !!checked.order.payment.to_collect).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ input, checked }, ({ input, checked }) => ({
        payment_id: checked.order.payment.to_collect!,
        captured_by: input.staff.id,
      })),
    })
  })
  releaseLockStep({ key: input.order_id })
  return new WorkflowResponse(transform({ checked }, ({ checked }) => ({ id: checked.order.id })))
})
