import type { INotificationModuleService, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MAIL_MODULE } from "../../../modules/mail"
import type MailModuleService from "../../../modules/mail/service"
import type { DeliveryMessage } from "../../../modules/mail/service"

export type Delivery = { key: string; to: string; template: string; message: DeliveryMessage }

/**
 * One try of a message the caller has claimed, through Medusa's notification
 * module (the SMTP provider renders and sends it). Never throws: a failure is
 * recorded with its backoff, for the retry job.
 */
export async function attemptDelivery(container: MedusaContainer, d: Delivery, now = new Date()): Promise<boolean> {
  const mail: MailModuleService = container.resolve(MAIL_MODULE)
  // the module's generated list and update methods take filters its public interface does not declare
  const notifications = container.resolve(Modules.NOTIFICATION) as INotificationModuleService & {
    listNotifications(filter: { idempotency_key: string }, config?: { take?: number }): Promise<NotificationDTO[]>
    updateNotifications(data: { id: string; status: string }): Promise<unknown>
  }
  try {
    const [existing] = await notifications.listNotifications({ idempotency_key: d.key }, { take: 1 })
    if (existing?.status === "success") {
      // a try that sent it but crashed before recording so
      await mail.recordSent(d.key, existing.id, now)
      return true
    }
    if (existing?.status === "pending") {
      // a try that crashed mid-send (its claim ran out): Medusa resends only failed records
      await notifications.updateNotifications({ id: existing.id, status: "failure" })
    }
    // creates the record and sends, or resends a failed record with this key
    await notifications.createNotifications({
      to: d.to,
      channel: "email",
      template: d.template,
      data: d.message.data,
      trigger_type: d.message.trigger,
      resource_id: d.message.resource_id ?? null,
      resource_type: d.message.resource_type ?? null,
      idempotency_key: d.key,
    })
    const [sent] = await notifications.listNotifications({ idempotency_key: d.key }, { take: 1 })
    await mail.recordSent(d.key, sent?.id ?? null, new Date())
    return true
  } catch (e: any) {
    await mail.recordFailure(d.key, String(e?.message ?? e), new Date()).catch(() => {
      // the claim's lease runs out and the retry job takes the message over
    })
    return false
  }
}
