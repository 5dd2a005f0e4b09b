import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderCanceledMessages } from "../workflows/notification/messages/order-messages"
import { orderForMail } from "../workflows/notification/utils/order-context"
import { sendMessages } from "../workflows/notification/utils/send"

/** The shopper learns the order was cancelled, and why when the canceller said (metadata.ocop_cancel_reason). */
export default async function notifyOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendMessages(container, `order.canceled ${event.data.id}`, async () => {
    const order = await orderForMail(container, event.data.id)
    if (!order) return []
    const reason = order.metadata.ocop_cancel_reason
    return orderCanceledMessages(order, typeof reason === "string" && reason.trim() ? reason.trim() : null)
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "ocop-notify-order-canceled" },
}
