import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"

export type ShipProducerLinesInput = {
  order_id: string
  items: { id: string; quantity: number }[]
  location_id: string
  tracking_number: string
  tracking_url: string | null
  created_by: string
}

/**
 * A producer ships its own lines of an order: one fulfilment for those lines,
 * marked shipped with the tracking number. Medusa's order workflows do the
 * bookkeeping (fulfilled/shipped quantities, inventory) and compensate on failure.
 */
export const shipProducerLinesWorkflow = createWorkflow("ocop-ship-producer-lines", (input: ShipProducerLinesInput) => {
  const labels = transform({ input }, ({ input }) => [
    { tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" },
  ])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: {
      order_id: input.order_id,
      items: input.items,
      location_id: input.location_id,
      created_by: input.created_by,
      labels,
    },
  })
  const shipment = transform({ input, fulfillment, labels }, ({ input, fulfillment, labels }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillment.id,
    items: input.items,
    labels,
    created_by: input.created_by,
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipment })
  return new WorkflowResponse(fulfillment)
})
