import "server-only"
import type { MailPreference } from "../types"
import { sellerFetch } from "./seller-session"
import { staffFetch } from "./staff-session"

export type MailPortal = "seller" | "staff"

/** The optional emails the logged-in producer member or staff member receives. */
export async function getMailPreferences(portal: MailPortal): Promise<MailPreference[]> {
  const fetcher = portal === "seller" ? sellerFetch : staffFetch
  const path = portal === "seller" ? "/producer/mail-preferences" : "/showroom/mail-preferences"
  return (await fetcher<{ preferences: MailPreference[] }>(path)).preferences
}
