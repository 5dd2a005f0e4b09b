"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { backendError } from "./backend"
import { getRegion } from "./catalogue"
import { authHeaders, forgetCart, getCartId, rememberCart } from "./session"
import { dictionary, fill, isLang, type Lang } from "../i18n"

export type ActionState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> }

const CART_FIELDS = "*items,*items.variant,*items.product,*shipping_methods,*shipping_address,*payment_collection.payment_sessions"

const itemCount = (cart: HttpTypes.StoreCart) => (cart.items ?? []).reduce((n, i) => n + Number(i.quantity), 0)

export async function getCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, await authHeaders())
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

async function ensureCart(): Promise<HttpTypes.StoreCart> {
  const existing = await getCart()
  if (existing) return existing
  const region = await getRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: CART_FIELDS }, await authHeaders())
  await rememberCart(cart.id, 0)
  return cart
}

const langOf = (formData: FormData): Lang => {
  const lang = String(formData.get("lang") ?? "vi")
  return isLang(lang) ? lang : "vi"
}

export async function addToCart(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = Number(formData.get("quantity") ?? 1)
  if (!variantId || !Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
    return { ok: false, message: lang === "vi" ? "Số lượng từ 1 đến 99" : "Quantity must be between 1 and 99" }
  }
  try {
    const cart = await ensureCart()
    const { cart: updated } = await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: CART_FIELDS }, await authHeaders())
    await rememberCart(updated.id, itemCount(updated))
  } catch (e) {
    return { ok: false, message: backendError(e).message }
  }
  revalidatePath(`/${lang}`, "layout")
  return { ok: true, message: dictionary(lang).product.added }
}

export async function updateLineItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const id = await getCartId()
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = Number(formData.get("quantity") ?? 0)
  if (!id || !lineId) return { ok: false }
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > 99) {
    return { ok: false, message: lang === "vi" ? "Số lượng từ 0 đến 99" : "Quantity must be between 0 and 99" }
  }
  try {
    if (quantity === 0) {
      await sdk.store.cart.deleteLineItem(id, lineId, {}, await authHeaders())
    } else {
      await sdk.store.cart.updateLineItem(id, lineId, { quantity }, {}, await authHeaders())
    }
    const { cart } = await sdk.store.cart.retrieve(id, { fields: "*items" }, await authHeaders())
    await rememberCart(id, itemCount(cart))
  } catch (e) {
    return { ok: false, message: backendError(e).message }
  }
  revalidatePath(`/${lang}`, "layout")
  return { ok: true }
}

const PHONE = /^0\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Checkout in one step: contact and Vietnamese address, delivery option,
 * payment (cash on delivery), then completion. Any refusal of the backend
 * (sold out, a certificate that expired since the item was added) comes back
 * as a message; no order exists until completion succeeds.
 */
export async function placeOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const t = dictionary(lang).checkout
  const field = (k: string) => String(formData.get(k) ?? "").trim()
  const values = {
    email: field("email").toLowerCase(),
    name: field("name"),
    phone: field("phone").replace(/[\s.-]/g, ""),
    province: field("province"),
    ward: field("ward"),
    street: field("street"),
    shipping_option_id: field("shipping_option_id"),
    payment: field("payment") || "pp_cod_cod",
  }
  const fieldErrors: Record<string, string> = {}
  const labels: Record<string, string> = { email: t.email, name: t.fullName, phone: t.phone, province: t.province, ward: t.ward, street: t.street, shipping_option_id: t.shipping }
  for (const [k, label] of Object.entries(labels)) if (!values[k as keyof typeof values]) fieldErrors[k] = fill(t.required, { field: label })
  if (values.email && !EMAIL.test(values.email)) fieldErrors.email = t.invalidEmail
  if (values.phone && !PHONE.test(values.phone)) fieldErrors.phone = t.invalidPhone
  for (const [k, v] of Object.entries(values)) if (v.length > 200) fieldErrors[k] = fill(t.required, { field: labels[k] ?? k })
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }

  const id = await getCartId()
  if (!id) return { ok: false, message: dictionary(lang).cart.empty }
  const headers = await authHeaders()
  let orderId: string
  try {
    const address = {
      first_name: values.name,
      last_name: "",
      phone: values.phone,
      address_1: values.street,
      address_2: values.ward,
      city: values.ward,
      province: values.province,
      country_code: "vn",
    }
    const { cart } = await sdk.store.cart.update(id, { email: values.email, shipping_address: address, billing_address: address }, { fields: CART_FIELDS }, headers)
    await sdk.store.cart.addShippingMethod(id, { option_id: values.shipping_option_id }, {}, headers)
    const { cart: priced } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, headers)
    await sdk.store.payment.initiatePaymentSession(priced ?? cart, { provider_id: values.payment }, {}, headers)
    const result = await sdk.store.cart.complete(id, {}, headers)
    if (result.type !== "order") {
      revalidatePath(`/${lang}/checkout`)
      return { ok: false, message: fill(t.failed, { reason: result.error?.message ?? "" }) }
    }
    orderId = result.order.id
  } catch (e) {
    // re-render the summary so the line at fault shows why
    revalidatePath(`/${lang}/checkout`)
    return { ok: false, message: fill(t.failed, { reason: backendError(e).message }) }
  }
  await forgetCart()
  redirect(`/${lang}/orders/${orderId}/confirmed`)
}
