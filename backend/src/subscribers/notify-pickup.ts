import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pickupCollectedMessages, pickupReadyMessages } from "../workflows/notification/messages/order-messages"
import { orderForMail } from "../workflows/notification/utils/order-context"
import { sendMessages } from "../workflows/notification/utils/send"

/**
 * A pickup order marked ready by the showroom (order.updated with
 * ocop_pickup_ready_at) or handed over (delivery.created): the shopper is told.
 * order.updated fires for any change; the message's key sends "ready" once.
 */
export default async function notifyPickup({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendMessages(container, `${event.name} ${event.data.id}`, async () => {
    if (event.name === "delivery.created") {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "fulfillment",
        fields: ["id", "order.id"],
        filters: { id: event.data.id },
      })
      const orderId = (data[0] as any)?.order?.id
      const order = orderId ? await orderForMail(container, orderId) : null
      return order ? pickupCollectedMessages(order) : []
    }
    const order = await orderForMail(container, event.data.id)
    if (!order?.metadata?.ocop_pickup_ready_at || order.metadata.ocop_pickup_collected_at) return []
    return pickupReadyMessages(order)
  })
}

export const config: SubscriberConfig = {
  event: ["order.updated", "delivery.created"],
  context: { subscriberId: "ocop-notify-pickup" },
}
