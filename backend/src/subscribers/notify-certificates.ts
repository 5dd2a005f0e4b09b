import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  certificateDecisionMessages,
  certificateSubmittedMessages,
  expiredLeftSaleMessages,
} from "../workflows/notification/messages/certificate-messages"
import type { Outgoing } from "../workflows/notification/utils/outgoing"
import { sendMessages } from "../workflows/notification/utils/send"

type CertificateEvent = { id: string; product_id?: string; status?: string }
const list = <T>(d: T | T[]) => (Array.isArray(d) ? d : [d])

/**
 * Certificates: a submission reaches the operator; a decision reaches the
 * producer's members; a product that left sale (expired: the daily job's
 * event; revoked: the decision) is announced to them.
 */
export default async function notifyCertificates({
  event,
  container,
}: SubscriberArgs<CertificateEvent | CertificateEvent[]>) {
  const items = list(event.data)
  await sendMessages(container, event.name, async () => {
    if (event.name === "ocop.certificate.created")
      return certificateSubmittedMessages(
        container,
        items.map((i) => i.id)
      )
    if (event.name === "ocop.product.left_sale")
      return expiredLeftSaleMessages(
        container,
        items.map((i) => i.id)
      )
    const out: Outgoing[] = []
    for (const i of items)
      out.push(
        ...(await certificateDecisionMessages(container, { id: i.id, product_id: i.product_id!, status: i.status! }))
      )
    return out
  })
}

export const config: SubscriberConfig = {
  event: ["ocop.certificate.created", "ocop.certificate.status_changed", "ocop.product.left_sale"],
  context: { subscriberId: "ocop-notify-certificates" },
}
