import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryMessagesWorkflow } from "../workflows/notification/retry-messages"

/**
 * Every minute: emails whose backoff has passed are tried again (1, 5, 30,
 * 120 and 720 minutes after each failure; then shown to the operator). The
 * schedule lives in the database, so a restart or a second worker loses nothing.
 */
export default async function retryFailedEmails(container: MedusaContainer) {
  const { result } = await retryMessagesWorkflow(container).run({ input: { at: new Date() } })
  if (result.tried)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`[mail] retried ${result.tried} emails, ${result.sent} sent`)
}

export const config = { name: "ocop-retry-failed-emails", schedule: "* * * * *" }
