import "server-only"
import { BACKEND_URL } from "../config"
import { backendError } from "./backend"
import { sellerFetch, sellerHeaders } from "./seller-session"

export type SellerMe = {
  producer: { id: string; name: string; handle: string; status: "pending" | "approved" | "rejected" | "suspended"; commission_bps: number; type: string }
  member: { email: string; name: string | null; role: string }
}

export type SaleStatus = {
  on_sale: boolean
  reason: string | null
  certificate: { id: string; number: string; state: string; expires_at: string } | null
}

export type SellerProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  description: string | null
  variants: { id: string; title: string; sku: string; prices?: { amount: number; currency_code: string }[] }[]
  sale: SaleStatus
}

export type SellerCertificate = {
  id: string
  product_id: string
  product_name: string
  certificate_number: string
  stars: number
  status: string
  state: string
  status_reason: string | null
  issued_at: string
  expires_at: string
  expiry_warning: "expired" | "30_days" | "60_days" | null
}

export type SellerOrder = {
  id: string
  display_id: number
  created_at: string
  payment_status: string
  shipping_address: { first_name?: string; province?: string; phone?: string } | null
  items: { id: string; title: string; variant_title: string; quantity: number; shipped_quantity: number; unit_price: number }[]
  fulfillments: { id: string; tracking_numbers?: string[]; labels?: { tracking_number: string }[] }[]
}

/** The logged-in member and producer, or null (not logged in, or the login is no longer valid). */
export async function getSellerMe(): Promise<SellerMe | null> {
  if (!(await sellerHeaders()).authorization) return null
  try {
    return await sellerFetch<SellerMe>("/producer/me")
  } catch (e) {
    if ([401, 403].includes(backendError(e).status)) return null
    throw e
  }
}

export async function listSellerProducts(): Promise<SellerProduct[]> {
  return (await sellerFetch<{ products: SellerProduct[] }>("/producer/products")).products
}

export async function getSellerProduct(id: string): Promise<SellerProduct | null> {
  try {
    return (await sellerFetch<{ product: SellerProduct }>(`/producer/products/${encodeURIComponent(id)}`)).product
  } catch (e) {
    if (backendError(e).status === 404) return null
    throw e
  }
}

export async function listSellerCertificates(): Promise<SellerCertificate[]> {
  return (await sellerFetch<{ certificates: SellerCertificate[] }>("/producer/certificates")).certificates
}

export async function listSellerOrders(): Promise<SellerOrder[]> {
  return (await sellerFetch<{ orders: SellerOrder[] }>("/producer/orders")).orders
}

export type PayoutPeriod = { period: string; orders: number; units: number; gross: number; commission: number; net: number }

/** Earnings per month from online sales, less the marketplace commission. */
export async function listSellerPayouts(): Promise<PayoutPeriod[]> {
  return (await sellerFetch<{ periods: PayoutPeriod[] }>("/producer/payouts")).periods
}

/** The payout statement as CSV, streamed through from the backend (the caller has checked the login). */
export async function fetchSellerPayoutsCsv(): Promise<Response> {
  return fetch(`${BACKEND_URL}/producer/payouts?format=csv`, { headers: await sellerHeaders() })
}

export type SellerMember = { id: string; email: string; name: string | null; role: string }

export async function listSellerMembers(): Promise<SellerMember[]> {
  return (await sellerFetch<{ members: SellerMember[] }>("/producer/members")).members
}

export type SellerConsignment = {
  id: string
  name: string
  address: string
  stock: { variant_id: string; name: string; on_hand: number; sold: number; sold_value: number }[]
  settlements: { id: string; period_start: string; period_end: string; units: number; gross: number; commission: number; net: number; status: string }[]
}

/** Its goods at each showroom, what sold there, and its settlements. */
export async function listSellerConsignments(): Promise<SellerConsignment[]> {
  return (await sellerFetch<{ showrooms: SellerConsignment[] }>("/producer/consignments")).showrooms
}

export type SellerDashboard = {
  products: SellerProduct[]
  certificates: SellerCertificate[]
  orders: SellerOrder[]
  payouts: PayoutPeriod[]
  members: SellerMember[]
  consignments: SellerConsignment[]
}

/** Everything the seller home shows an approved producer, asked for at once. */
export async function getSellerDashboard(): Promise<SellerDashboard> {
  const [products, certificates, orders, payouts, members, consignments] = await Promise.all([
    listSellerProducts(),
    listSellerCertificates(),
    listSellerOrders(),
    listSellerPayouts(),
    listSellerMembers(),
    listSellerConsignments(),
  ])
  return { products, certificates, orders, payouts, members, consignments }
}
