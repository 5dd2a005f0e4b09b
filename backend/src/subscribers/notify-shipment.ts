import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { shipmentMessages } from "../workflows/notification/messages/shipment-messages"
import { sendMessages } from "../workflows/notification/utils/send"

/** A producer shipped its part of an order: the shopper gets the tracking number. */
export default async function notifyShipment({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  await sendMessages(container, `shipment.created ${event.data.id}`, () => shipmentMessages(container, event.data.id))
}

export const config: SubscriberConfig = { event: "shipment.created", context: { subscriberId: "ocop-notify-shipment" } }
