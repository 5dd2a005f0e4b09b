import { model } from "@medusajs/framework/utils"

/**
 * One message to one recipient, keyed by what caused it (event + recipient):
 * the unique key is what makes a replayed event or a second process send
 * nothing twice. Medusa's notification record (same idempotency key) holds
 * what is sent; this row holds the tries, so retries survive restarts.
 */
export const MailDelivery = model
  .define("ocop_mail_delivery", {
    id: model.id({ prefix: "mdel" }).primaryKey(),
    key: model.text().unique(),
    to: model.text(),
    template: model.text(),
    // what to send (template data, trigger, resource), so a retry needs nothing else
    message: model.json(),
    status: model.enum(["sending", "sent", "failed", "gave_up"]).default("sending"),
    attempts: model.number().default(1),
    // when a failed try is due again; for "sending", when a crashed try may be taken over
    next_attempt_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    notification_id: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_ocop_mail_delivery_due", on: ["next_attempt_at"], where: "status IN ('sending', 'failed')" }])
