import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderPlacedMessages } from "../workflows/notification/messages/order-messages"
import { vietQrDetailsOf } from "../workflows/notification/utils/vietqr-details"
import { orderForMail } from "../workflows/notification/utils/order-context"
import { producerTeams } from "../workflows/notification/utils/recipients"
import { sendMessages } from "../workflows/notification/utils/send"

/** The shopper's confirmation, each producer's new lines, a pickup's order to prepare. */
export default async function notifyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendMessages(container, `order.placed ${event.data.id}`, async () => {
    const order = await orderForMail(container, event.data.id)
    if (!order) return []
    const teams = await producerTeams(container, order.lines.map((l) => l.producer_id!).filter(Boolean))
    return orderPlacedMessages(order, teams, await vietQrDetailsOf(container, order))
  })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "ocop-notify-order-placed" } }
