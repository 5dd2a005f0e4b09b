/**
 * Response shapes of the producer portal routes (/producer/...): the one
 * definition the storefront's seller screens read, with `import type`.
 * Types only, nothing that runs. Instants are ISO strings, as in JSON.
 */
import type { CertificateLevel, CertificateStatus } from "../../modules/ocop/lib/constants"
import type { ShowroomSettlement } from "../showroom/types"
import type { UnsellableReason } from "../../modules/ocop/lib/sellability"

export type ProducerStatus = "pending" | "approved" | "rejected" | "suspended"

/** GET and POST /producer/me */
export type ProducerMeResponse = {
  producer: {
    id: string
    name: string
    handle: string
    type: string
    tax_code: string | null
    address: string | null
    commune: string | null
    province_code: string
    phone: string | null
    email: string | null
    description: string | null
    /** English for the English storefront (null: the Vietnamese is shown) */
    name_en: string | null
    description_en: string | null
    status: ProducerStatus
    /** marketplace commission on online sales, in basis points */
    commission_bps: number
  }
  member: { id: string; email: string; name: string | null; role: "owner" | "member" }
}

/** Whether a listing is on sale now and, if not, why. */
export type ProducerSaleStatus = {
  on_sale: boolean
  /** why not, in the producer's words: draft, no certificate, expired, revoked... */
  reason: "draft" | UnsellableReason | null
  /** the product's current certificate, the one its page, search card and cart show */
  certificate: { id: string; number: string; stars: number; state: string; expires_at: string } | null
}

/** One of the producer's listings with its sale status. */
export type ProducerProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  /** title_en, subtitle_en, description_en: the English storefront's text (absent: the Vietnamese is shown) */
  metadata?: Record<string, unknown> | null
  status: string
  thumbnail: string | null
  images?: { url: string }[]
  variants: { id: string; title: string; sku: string; prices?: { amount: number; currency_code: string }[] }[]
  sale: ProducerSaleStatus
}
/** GET /producer/products */
export type ProducerProductsResponse = { products: ProducerProduct[]; count: number }
/** GET or POST /producer/products/:id */
export type ProducerProductResponse = { product: ProducerProduct }
/** POST /producer/products: the new draft (the portal goes on to its page) */
export type ProducerCreateProductResponse = { product: { id: string } }

export type ProducerCertificate = {
  id: string
  product_id: string
  product_name: string
  certificate_number: string
  decision_number: string
  issuing_authority: string
  level: CertificateLevel
  stars: number
  product_group: string
  sub_group: string | null
  issued_at: string
  expires_at: string
  status: CertificateStatus
  state: "valid" | "expired" | "revoked" | "rejected" | "submitted" | "below_three_stars"
  status_reason: string | null
  /** when the operator verified, rejected or revoked it */
  reviewed_at: string | null
  commune: string
  province_code: string
  expiry_warning: "expired" | "30_days" | "60_days" | null
  /** whole days until it expires, 0 once expired */
  days_left: number
}
/** GET /producer/certificates */
export type ProducerCertificatesResponse = { certificates: ProducerCertificate[]; count: number }

/** The producer's part of an order: its own lines and fulfilments only. */
export type ProducerOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  email: string
  shipping_address: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    city?: string | null
    province?: string | null
    phone?: string | null
  } | null
  items: {
    id: string
    product_id: string
    title: string
    variant_sku: string | null
    variant_title: string
    unit_price: number
    quantity: number
    fulfilled_quantity: number
    shipped_quantity: number
  }[]
  fulfillments: { id: string; created_at: string; shipped_at: string | null; tracking_numbers: string[] }[]
  subtotal: number
}
/** GET /producer/orders */
export type ProducerOrdersResponse = { orders: ProducerOrder[]; count: number }

/** Earnings of one month (YYYY-MM, Vietnam time) from online sales. */
export type ProducerPayoutPeriod = {
  period: string
  orders: number
  units: number
  gross: number
  commission: number
  net: number
}
/** GET /producer/payouts (JSON; `?format=csv` is the statement) */
export type ProducerPayoutsResponse = { commission_bps: number; periods: ProducerPayoutPeriod[] }

export type ProducerMember = {
  id: string
  email: string
  name: string | null
  role: "owner" | "member"
  created_at: string
}
/** GET /producer/members */
export type ProducerMembersResponse = { members: ProducerMember[] }

/** The producer's goods at one showroom, what sold there, and its settlements. */
export type ProducerConsignment = {
  id: string
  name: string
  address: string
  stock: { variant_id: string; name: string; on_hand: number; sold: number; sold_value: number }[]
  settlements: ShowroomSettlement[]
}
/** GET /producer/consignments */
export type ProducerConsignmentsResponse = { showrooms: ProducerConsignment[] }

/** POST /producer/invites: the invitation, with the token its link carries */
export type ProducerInviteResponse = { invite: { id: string; email: string; token: string; expires_at: string } }
