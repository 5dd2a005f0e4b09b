import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliverMessagesWorkflow } from "../deliver-messages"
import type { Outgoing } from "./outgoing"

/**
 * What subscribers and jobs call: builds the messages, then sends each once.
 * Never throws (an event's other subscribers and the job's run go on); a
 * message that failed is retried by the retry job.
 */
export async function sendMessages(container: MedusaContainer, what: string, build: () => Promise<Outgoing[]>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const messages = await build()
    if (!messages.length) return
    const { result } = await deliverMessagesWorkflow(container).run({ input: { messages } })
    if (result.failed)
      logger.warn(
        `[mail] ${what}: ${result.failed} of ${messages.length} messages failed; the retry job will try again`
      )
  } catch (e: any) {
    logger.error(`[mail] ${what}: ${e?.message ?? e}`)
  }
}
