import type { INotificationModuleService, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MAIL_MODULE } from "../../../modules/mail"
import type MailModuleService from "../../../modules/mail/service"
import type { DeliveryMessage } from "../../../modules/mail/service"

export type Delivery = { key: string; to: string; template: string; message: DeliveryMessage; attempts: number }

/** Medusa's notification record of each try: the first under the message's key, each retry under its own. */
export const tryKey = (key: string, attempt: number) => (attempt <= 1 ? key : `${key}:retry${attempt}`)

/**
 * One try of a message the caller has claimed, through Medusa's notification
 * module (the SMTP provider renders and sends it). Never throws: a failure is
 * recorded with its backoff, for the retry job. A retry is a new notification
 * record pointing at the first (original_notification_id), as Medusa's model
 * intends: re-sending a failed record under its own key sends the mail and
 * then fails to update the record in Medusa 2.21, which would send it again.
 */
export async function attemptDelivery(container: MedusaContainer, d: Delivery, now = new Date()): Promise<boolean> {
  const mail: MailModuleService = container.resolve(MAIL_MODULE)
  // the module's generated list method takes filters its public interface does not declare
  const notifications = container.resolve(Modules.NOTIFICATION) as INotificationModuleService & {
    listNotifications(filter: { idempotency_key: string[] }, config?: { take?: number }): Promise<NotificationDTO[]>
  }
  try {
    const earlier = d.attempts > 1 ? Array.from({ length: d.attempts - 1 }, (_, i) => tryKey(d.key, i + 1)) : []
    const tried = earlier.length
      ? await notifications.listNotifications({ idempotency_key: earlier }, { take: null as any })
      : []
    const sent = tried.find((n) => n.status === "success")
    if (sent) {
      // an earlier try sent it but its process stopped before recording so
      await mail.recordSent(d.key, sent.id, now)
      return true
    }
    const created: NotificationDTO = await (notifications.createNotifications as (d: object) => Promise<any>)({
      to: d.to,
      channel: "email",
      template: d.template,
      data: d.message.data,
      trigger_type: d.message.trigger,
      resource_id: d.message.resource_id ?? null,
      resource_type: d.message.resource_type ?? null,
      idempotency_key: tryKey(d.key, d.attempts),
      original_notification_id:
        tried.find((n) => (n as { idempotency_key?: string }).idempotency_key === d.key)?.id ?? null,
    })
    await mail.recordSent(d.key, created?.id ?? null, new Date())
    return true
  } catch (e: any) {
    await mail.recordFailure(d.key, String(e?.message ?? e), new Date()).catch(() => {
      // the claim's lease runs out and the retry job takes the message over
    })
    return false
  }
}
