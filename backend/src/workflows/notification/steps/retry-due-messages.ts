import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAIL_MODULE } from "../../../modules/mail"
import type MailModuleService from "../../../modules/mail/service"
import { attemptDelivery } from "../utils/attempt-delivery"

export type RetryDueMessagesInput = { at: Date | string; limit?: number }

/**
 * Tries again the messages whose backoff has passed (and those whose try
 * crashed): each is claimed by one process only, by one UPDATE ... SKIP LOCKED.
 * No compensation, as for the first try.
 */
export const retryDueMessagesStep = createStep(
  "ocop-retry-due-messages",
  async (input: RetryDueMessagesInput, { container }) => {
    const mail: MailModuleService = container.resolve(MAIL_MODULE)
    // a workflow's input arrives serialised: the instant may be a string
    const claimed = await mail.claimDueRetries(new Date(input.at), input.limit ?? 50)
    let sent = 0
    for (const d of claimed) if (await attemptDelivery(container, d)) sent++
    return new StepResponse({ tried: claimed.length, sent })
  }
)
