import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAIL_MODULE } from "../../../modules/mail"
import type MailModuleService from "../../../modules/mail/service"
import { attemptDelivery } from "../utils/attempt-delivery"
import { backendUrl } from "../utils/links"
import { mailTokenSecret } from "../utils/mail-secret"
import type { Outgoing } from "../utils/outgoing"
import { unsubscribeToken } from "../utils/unsubscribe-token"

export type DeliverMessagesInput = { messages: Outgoing[] }
export type DeliverMessagesResult = { sent: number; failed: number; skipped: number; opted_out: number }

/**
 * Sends each message once: recipients who turned its category off are left
 * out, then each message's key is claimed (a key already taken by an earlier
 * delivery of the same event, or by another process, sends nothing) and tried
 * once; a failure waits for the retry job. No compensation: a sent email cannot
 * be unsent, and the record of it must stay so that nothing is sent twice.
 */
export const deliverMessagesStep = createStep(
  "ocop-deliver-messages",
  async (input: DeliverMessagesInput, { container }) => {
    const mail: MailModuleService = container.resolve(MAIL_MODULE)
    const result: DeliverMessagesResult = { sent: 0, failed: 0, skipped: 0, opted_out: 0 }
    const secret = mailTokenSecret(container)
    const optedOut = new Map<string, Set<string>>()
    for (const m of input.messages) {
      if (!m.category) continue
      if (!optedOut.has(m.category)) {
        const emails = input.messages.filter((x) => x.category === m.category).map((x) => x.to)
        optedOut.set(m.category, await mail.unsubscribedOf(emails, m.category))
      }
    }
    for (const m of input.messages) {
      if (m.category && optedOut.get(m.category)?.has(m.to)) {
        result.opted_out++
        continue
      }
      const data: Record<string, unknown> = { ...m.data }
      if (m.category) {
        data.unsubscribe_url = `${backendUrl()}/mail/unsubscribe?token=${unsubscribeToken({ email: m.to, category: m.category }, secret)}`
      }
      const delivery = {
        attempts: 1,
        key: m.key,
        to: m.to,
        template: m.template,
        message: {
          data,
          trigger: m.trigger,
          resource_id: m.resource?.id ?? null,
          resource_type: m.resource?.type ?? null,
        },
      }
      if (!(await mail.claimFirstTry(delivery, new Date()))) {
        result.skipped++
        continue
      }
      if (await attemptDelivery(container, delivery)) result.sent++
      else result.failed++
    }
    return new StepResponse(result)
  }
)
