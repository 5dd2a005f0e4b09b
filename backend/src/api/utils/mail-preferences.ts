import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { MAIL_MODULE } from "../../modules/mail"
import { CATEGORY_LABELS, OPTIONAL_CATEGORIES } from "../../modules/mail/lib/categories"
import type MailModuleService from "../../modules/mail/service"
import type { MailPreference } from "./mail-preference-types"

/** The body of POST /producer/mail-preferences and /showroom/mail-preferences. */
export const MailPreferenceUpdate = z
  .object({ category: z.enum(OPTIONAL_CATEGORIES), subscribed: z.boolean() })
  .strict()
export type MailPreferenceUpdate = z.infer<typeof MailPreferenceUpdate>

export type { MailPreference }

/** Which optional messages an address receives (essential ones are not listed: they cannot be turned off). */
export async function mailPreferencesOf(scope: MedusaContainer, email: string): Promise<MailPreference[]> {
  const mail: MailModuleService = scope.resolve(MAIL_MODULE)
  const off = await Promise.all(OPTIONAL_CATEGORIES.map((c) => mail.unsubscribedOf([email], c)))
  return OPTIONAL_CATEGORIES.map((category, i) => ({
    category,
    label: CATEGORY_LABELS[category].vi,
    label_en: CATEGORY_LABELS[category].en,
    subscribed: !off[i].has(email.toLowerCase()),
  }))
}

export async function setMailPreference(scope: MedusaContainer, email: string, update: MailPreferenceUpdate) {
  await (scope.resolve(MAIL_MODULE) as MailModuleService).setSubscribed(email, update.category, update.subscribed)
  return mailPreferencesOf(scope, email)
}
