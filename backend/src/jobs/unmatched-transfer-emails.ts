import type { MedusaContainer } from "@medusajs/framework/types"
import { unmatchedTransferMessages } from "../workflows/notification/messages/bank-transfer-messages"
import { sendMessages } from "../workflows/notification/utils/send"

/**
 * Every 5 minutes: bank transfers that matched no order reach the operator
 * (the bank-transfer workflows record them; this job only announces them, once each).
 */
export default async function unmatchedTransferEmails(container: MedusaContainer) {
  await sendMessages(container, "unmatched bank transfers", () => unmatchedTransferMessages(container, new Date()))
}

export const config = { name: "ocop-unmatched-transfer-emails", schedule: "*/5 * * * *" }
