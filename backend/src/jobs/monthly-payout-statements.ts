import type { MedusaContainer } from "@medusajs/framework/types"
import { payoutStatementMessages } from "../workflows/notification/messages/scheduled-messages"
import { sendMessages } from "../workflows/notification/utils/send"

/** On the 1st at 08:00 in Vietnam: each producer's statement of last month's online sales (once per producer and month). */
export default async function monthlyPayoutStatements(container: MedusaContainer) {
  await sendMessages(container, "payout statements", () => payoutStatementMessages(container, new Date()))
}

export const config = { name: "ocop-monthly-payout-statements", schedule: "0 1 1 * *" }
