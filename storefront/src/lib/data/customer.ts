"use server"

import { redirect } from "next/navigation"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { backendError } from "./backend"
import { authHeaders, clearAuthToken, getCartId, setAuthToken } from "./session"
import { dictionary, fill, isLang, type Lang } from "../i18n"
import type { ActionState } from "./cart"

const langOf = (formData: FormData): Lang => {
  const lang = String(formData.get("lang") ?? "vi")
  return isLang(lang) ? lang : "vi"
}

export async function getCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  try {
    return (await sdk.store.customer.retrieve({}, headers)).customer
  } catch {
    return null
  }
}

export async function listOrders(): Promise<HttpTypes.StoreOrder[]> {
  const { orders } = await sdk.store.order.list(
    { limit: 50, order: "-created_at", fields: "*items" } as any,
    await authHeaders()
  )
  return orders
}

/** A cart started before logging in becomes the customer's. */
async function adoptCart() {
  const cartId = await getCartId()
  if (cartId) await sdk.store.cart.transferCart(cartId, {}, await authHeaders()).catch(() => undefined)
}

export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(formData.get("password") ?? "")
  try {
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { ok: false, message: dictionary(lang).account.loginFailed }
    await setAuthToken(token)
    await adoptCart()
  } catch {
    return { ok: false, message: dictionary(lang).account.loginFailed }
  }
  redirect(`/${lang}/account`)
}

export async function register(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const t = dictionary(lang)
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(formData.get("password") ?? "")
  const name = String(formData.get("name") ?? "")
    .trim()
    .slice(0, 200)
  const phone = String(formData.get("phone") ?? "")
    .trim()
    .slice(0, 20)
  if (password.length < 8) return { ok: false, fieldErrors: { password: t.account.passwordTooShort } }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, fieldErrors: { email: t.checkout.invalidEmail } }
  try {
    const registration = await sdk.auth.register("customer", "emailpass", { email, password })
    await sdk.store.customer.create(
      { email, first_name: name, last_name: "", phone: phone || undefined },
      {},
      { authorization: `Bearer ${registration}` }
    )
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    await setAuthToken(token as string)
    await adoptCart()
  } catch (e) {
    return { ok: false, message: fill(t.account.registerFailed, { reason: backendError(e).message }) }
  }
  redirect(`/${lang}/account`)
}

export async function logout(formData: FormData) {
  await clearAuthToken()
  redirect(`/${langOf(formData)}/account`)
}
