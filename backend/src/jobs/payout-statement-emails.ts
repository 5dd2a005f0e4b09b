import type { MedusaContainer } from "@medusajs/framework/types"
import { payoutStatementMessages } from "../workflows/notification/messages/scheduled-messages"
import { sendMessages } from "../workflows/notification/utils/send"

/**
 * Each producer's statement of last month's online sales, once per producer
 * and month (the message's key). It runs daily, not on the 1st only: Medusa's
 * in-process scheduler cannot wait a month (a timer over 24.8 days fires at
 * once, over and over), and a worker that was down on the 1st still sends it.
 */
export default async function payoutStatementEmails(container: MedusaContainer) {
  await sendMessages(container, "payout statements", () => payoutStatementMessages(container, new Date()))
}

export const config = { name: "ocop-payout-statement-emails", schedule: "10 1 * * *" }
