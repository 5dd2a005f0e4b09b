import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toNumber } from "../modules/ocop/lib/numbers"
import { paymentReceivedMessages } from "../workflows/notification/messages/order-messages"
import { orderForMail } from "../workflows/notification/utils/order-context"
import { sendMessages } from "../workflows/notification/utils/send"

/**
 * Medusa captured a payment (a bank transfer matched, a card captured): the
 * shopper is told. Money handed over at delivery or at the counter is not
 * news to the shopper who paid it, so cash captures send nothing.
 */
const CASH_PROVIDERS = new Set(["pp_cod_cod", "pp_showroom_cod"])

export default async function notifyPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendMessages(container, `payment.captured ${event.data.id}`, async () => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "payment",
      fields: ["id", "amount", "provider_id", "payment_collection.order.id"],
      filters: { id: event.data.id },
    })
    const payment: any = data[0]
    const orderId = payment?.payment_collection?.order?.id
    if (!orderId || CASH_PROVIDERS.has(payment.provider_id)) return []
    const order = await orderForMail(container, orderId)
    return order ? paymentReceivedMessages(order, payment.id, toNumber(payment.amount)) : []
  })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "ocop-notify-payment-captured" },
}
