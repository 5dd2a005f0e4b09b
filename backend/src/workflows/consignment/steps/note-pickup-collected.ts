import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Who handed the order over and how it was paid, on the order for the shopper and the operator. */
export const notePickupCollectedStep = createStep(
  "ocop-note-pickup-collected",
  async (
    input: { order_id: string; metadata: Record<string, unknown> | null; note: Record<string, unknown> },
    { container }
  ) => {
    await container
      .resolve(Modules.ORDER)
      .updateOrders(input.order_id, { metadata: { ...(input.metadata ?? {}), ...input.note } })
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (input) await container.resolve(Modules.ORDER).updateOrders(input.order_id, { metadata: input.metadata ?? {} })
  }
)
