import type { MedusaContainer } from "@medusajs/framework/types"
import { expiryReminderMessages, stockAlertMessages } from "../workflows/notification/messages/scheduled-messages"
import { sendMessages } from "../workflows/notification/utils/send"

/**
 * Daily at 08:00 in Vietnam: certificate expiry reminders (60 and 30 days) to
 * producers, goods to take off the shelf to showroom staff. Each message's key
 * (certificate and threshold; showroom and day) makes a second run send nothing.
 */
export default async function dailyEmails(container: MedusaContainer) {
  const at = new Date()
  await sendMessages(container, "certificate expiry reminders", () => expiryReminderMessages(container, at))
  await sendMessages(container, "showroom stock alerts", () => stockAlertMessages(container, at))
}

export const config = { name: "ocop-daily-emails", schedule: "0 1 * * *" }
