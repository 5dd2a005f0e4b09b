import "server-only"
import { BACKEND_URL } from "../config"
import { backendError } from "./backend"
import { sellerFetch, sellerHeaders } from "./seller-session"
import type {
  PayoutPeriod,
  ProducerCertificatesResponse,
  ProducerConsignmentsResponse,
  ProducerMembersResponse,
  ProducerOrdersResponse,
  ProducerPayoutsResponse,
  ProducerProductResponse,
  ProducerProductsResponse,
  SellerCertificate,
  SellerConsignment,
  SellerMe,
  SellerMember,
  SellerOrder,
  SellerProduct,
} from "../types"

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
  return (await sellerFetch<ProducerProductsResponse>("/producer/products")).products
}

export async function getSellerProduct(id: string): Promise<SellerProduct | null> {
  try {
    return (await sellerFetch<ProducerProductResponse>(`/producer/products/${encodeURIComponent(id)}`)).product
  } catch (e) {
    if (backendError(e).status === 404) return null
    throw e
  }
}

export async function listSellerCertificates(): Promise<SellerCertificate[]> {
  return (await sellerFetch<ProducerCertificatesResponse>("/producer/certificates")).certificates
}

export async function listSellerOrders(): Promise<SellerOrder[]> {
  return (await sellerFetch<ProducerOrdersResponse>("/producer/orders")).orders
}

/** Earnings per month from online sales, less the marketplace commission. */
export async function listSellerPayouts(): Promise<PayoutPeriod[]> {
  return (await sellerFetch<ProducerPayoutsResponse>("/producer/payouts")).periods
}

/** The payout statement as CSV, streamed through from the backend (the caller has checked the login). */
export async function fetchSellerPayoutsCsv(): Promise<Response> {
  return fetch(`${BACKEND_URL}/producer/payouts?format=csv`, { headers: await sellerHeaders() })
}

export async function listSellerMembers(): Promise<SellerMember[]> {
  return (await sellerFetch<ProducerMembersResponse>("/producer/members")).members
}

/** Its goods at each showroom, what sold there, and its settlements. */
export async function listSellerConsignments(): Promise<SellerConsignment[]> {
  return (await sellerFetch<ProducerConsignmentsResponse>("/producer/consignments")).showrooms
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
