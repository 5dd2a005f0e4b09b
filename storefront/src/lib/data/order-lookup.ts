"use server"

import { sdk } from "../config"
import { backendError } from "./backend"
import { dictionary, isLang } from "../i18n"
import type { LookedUpOrder, StoreOcopOrderLookupResponse } from "../types"

export type LookupState = { order?: LookedUpOrder; message?: string }

/** Finds an order by its number and the email it was placed with (sent in the body, not the URL). */
export async function lookupOrder(_prev: LookupState, formData: FormData): Promise<LookupState> {
  const langValue = String(formData.get("lang") ?? "vi")
  const t = dictionary(isLang(langValue) ? langValue : "vi").order
  const displayId = String(formData.get("display_id") ?? "")
    .replace(/^#/, "")
    .trim()
  const email = String(formData.get("email") ?? "").trim()
  if (!/^\d{1,10}$/.test(displayId) || !email) return { message: t.lookupNotFound }
  try {
    const { order } = await sdk.client.fetch<StoreOcopOrderLookupResponse>("/store/ocop/orders/lookup", {
      method: "POST",
      body: { display_id: displayId, email },
    })
    return { order }
  } catch (e) {
    const { status, message } = backendError(e)
    return { message: status === 404 || status === 400 ? t.lookupNotFound : message }
  }
}
