"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { backendError } from "./backend"
import { listCommunes } from "./addresses"
import { getRegion } from "./catalogue"
import { fold } from "../fold"
import { normalisePhone } from "../phone"
import { authHeaders, forgetCart, getCartId, rememberCart } from "./session"
import { dictionary, fill, isLang, type Lang } from "../i18n"

export type ActionState = {
  ok: boolean
  message?: string
  fieldErrors?: Record<string, string>
  clientSecret?: string
  receipt?: string
}

const CART_FIELDS =
  "*items,*items.variant,*items.product,*shipping_methods,*shipping_address,*payment_collection.payment_sessions"

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
    const { cart: updated } = await sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: CART_FIELDS },
      await authHeaders()
    )
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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type CheckoutValues = {
  email: string
  name: string
  phone: string
  province: string
  province_code: string
  ward: string
  street: string
  shipping_option_id: string
  pickup: boolean
  save_address: boolean
  // the storefront's language, kept on the cart (Medusa's locale) so the order's emails speak it
  lang: Lang
}

/**
 * The checkout form's fields, checked; errors are keyed by field for the form
 * to show beside them. The commune must be one of the province's (the
 * backend refuses others too; here the shopper learns it beside the field).
 */
async function readCheckout(
  formData: FormData,
  lang: Lang
): Promise<{ values: CheckoutValues; fieldErrors: Record<string, string> }> {
  const t = dictionary(lang).checkout
  const field = (k: string) => String(formData.get(k) ?? "").trim()
  const values: CheckoutValues = {
    email: field("email").toLowerCase(),
    name: field("name"),
    phone: normalisePhone(field("phone")) ?? field("phone"),
    province: field("province"),
    province_code: field("province_code"),
    ward: field("ward"),
    street: field("street"),
    shipping_option_id: field("shipping_option_id"),
    // picked up at a showroom: no address to deliver to
    pickup: field("mode") === "pickup",
    save_address: field("save_address") === "1",
    lang,
  }
  const fieldErrors: Record<string, string> = {}
  const labels: Record<string, string> = values.pickup
    ? { email: t.email, name: t.fullName, phone: t.phone, shipping_option_id: t.shipping }
    : {
        email: t.email,
        name: t.fullName,
        phone: t.phone,
        province: t.province,
        ward: t.ward,
        street: t.street,
        shipping_option_id: t.shipping,
      }
  for (const [k, label] of Object.entries(labels))
    if (!values[k as keyof CheckoutValues]) fieldErrors[k] = fill(t.required, { field: label })
  if (values.email && !EMAIL.test(values.email)) fieldErrors.email = t.invalidEmail
  if (values.phone && !normalisePhone(values.phone)) fieldErrors.phone = t.invalidPhone
  if (!values.pickup && values.province_code && values.ward && !fieldErrors.ward) {
    const communes = await listCommunes(values.province_code).catch(() => undefined)
    const match = communes?.communes.find((c) => fold(c.name) === fold(values.ward))
    if (match) values.ward = match.name
    else if (communes !== undefined) fieldErrors.ward = fill(t.wardNotInList, { province: values.province })
  }
  for (const [k, v] of Object.entries(values))
    if (typeof v === "string" && v.length > 200) fieldErrors[k] = fill(t.required, { field: labels[k] ?? k })
  return { values, fieldErrors }
}

/** For a pickup, the showroom's address as the order's: who collects, and where. */
async function pickupAddress(id: string, v: CheckoutValues, headers: Record<string, string>) {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: id }, headers)
  const option: any = shipping_options.find((o) => o.id === v.shipping_option_id)
  if (option?.service_zone?.fulfillment_set?.type !== "pickup")
    throw new Error("Hãy chọn điểm bán để nhận hàng (choose a showroom)")
  return {
    first_name: v.name,
    last_name: "",
    phone: v.phone,
    address_1: option.name,
    address_2: option.type?.description ?? "",
    city: "",
    country_code: "vn",
  }
}

/** A signed-in shopper's new delivery address into their account, unless they have it already. */
async function saveAddress(address: HttpTypes.StoreAddAddress, headers: Record<string, string>) {
  const { customer } = await sdk.store.customer.retrieve({ fields: "*addresses" }, headers)
  const same = (a: HttpTypes.StoreCustomerAddress) =>
    fold(a.address_1 ?? "") === fold(address.address_1 ?? "") && fold(a.city ?? "") === fold(address.city ?? "")
  if (!(customer.addresses ?? []).some(same)) await sdk.store.customer.createAddress(address, {}, headers)
}

/** Contact, address (a pickup's showroom) and delivery onto the cart, then a payment session with the chosen provider. */
async function prepareCart(id: string, v: CheckoutValues, providerId: string, headers: Record<string, string>) {
  const address = v.pickup
    ? await pickupAddress(id, v, headers)
    : {
        first_name: v.name,
        last_name: "",
        phone: v.phone,
        address_1: v.street,
        // the commune (no districts since 2025); the backend checks it is the province's
        city: v.ward,
        province: v.province,
        country_code: "vn",
      }
  await sdk.store.cart.update(
    id,
    { email: v.email, shipping_address: address, billing_address: address, locale: v.lang },
    {},
    headers
  )
  await sdk.store.cart.addShippingMethod(id, { option_id: v.shipping_option_id }, {}, headers)
  if (v.save_address && !v.pickup && headers.authorization) await saveAddress(address, headers)
  const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, headers)
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId },
    { fields: "*payment_sessions" },
    headers
  )
  return payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
}

/** Completes the cart into an order and goes to its confirmation; any refusal comes back as a message. */
async function completeAndConfirm(id: string, lang: Lang, headers: Record<string, string>): Promise<ActionState> {
  const t = dictionary(lang).checkout
  let orderId: string
  try {
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

/**
 * Checkout paid on receipt (cash on delivery, or at the showroom for a
 * pickup), in one step: contact and Vietnamese address or showroom, then completion. Any refusal of the backend (sold out, a
 * certificate that expired since the item was added) comes back as a message;
 * no order exists until completion succeeds.
 */
export async function placeOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const { values, fieldErrors } = await readCheckout(formData, lang)
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  const id = await getCartId()
  if (!id) return { ok: false, message: dictionary(lang).cart.empty }
  const headers = await authHeaders()
  try {
    // paid on receipt, or by bank transfer (VietQR) when the shopper chose it: the order page then shows the QR
    const provider =
      formData.get("payment") === "pp_vietqr_vietqr"
        ? "pp_vietqr_vietqr"
        : values.pickup
          ? "pp_showroom_cod"
          : "pp_cod_cod"
    await prepareCart(id, values, provider, headers)
  } catch (e) {
    revalidatePath(`/${lang}/checkout`)
    return { ok: false, message: fill(dictionary(lang).checkout.failed, { reason: backendError(e).message }) }
  }
  return completeAndConfirm(id, lang, headers)
}

/**
 * Card payment, step 1: the same details, then a Stripe payment session whose
 * client secret the browser's Payment Element confirms with Stripe directly
 * (card numbers never touch our servers).
 */
export async function prepareCardPayment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = langOf(formData)
  const { values, fieldErrors } = await readCheckout(formData, lang)
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  const id = await getCartId()
  if (!id) return { ok: false, message: dictionary(lang).cart.empty }
  try {
    const session = await prepareCart(id, values, "pp_stripe_stripe", await authHeaders())
    const clientSecret = (session?.data as { client_secret?: string } | undefined)?.client_secret
    if (!clientSecret) return { ok: false, message: dictionary(lang).checkout.cardUnavailable }
    return { ok: true, clientSecret }
  } catch (e) {
    return { ok: false, message: fill(dictionary(lang).checkout.failed, { reason: backendError(e).message }) }
  }
}

/** Card payment, step 2, once Stripe has confirmed the payment in the browser. */
export async function completeCardOrder(lang: string): Promise<ActionState> {
  const id = await getCartId()
  if (!id) return { ok: false }
  return completeAndConfirm(id, isLang(lang) ? lang : "vi", await authHeaders())
}
