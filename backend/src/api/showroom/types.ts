/**
 * Response shapes of the showroom staff routes (/showroom/...): the one
 * definition the storefront's counter screen reads, with `import type`.
 * Types only, nothing that runs. Instants are ISO strings, as in JSON.
 */
import type { StockAlert } from "../../modules/consignment/lib/stock-alerts"
import type { OcopPickupState } from "../store/ocop/types"
import type { UnsellableReason } from "../../modules/ocop/lib/sellability"

export type { StockAlert }

export type ShowroomPaymentMethod = "cash" | "card" | "bank_transfer"

export type ShowroomRecord = {
  id: string
  name: string
  handle: string
  address: string
  commune: string
  province_code: string
  opening_hours: string | null
  phone: string | null
  stock_location_id: string
  sales_channel_id: string | null
}

/** GET /showroom/me: the staff member, their showroom and its active agreements. */
export type ShowroomMeResponse = {
  staff: { id: string; email: string; role: string; showroom_id: string }
  showroom: ShowroomRecord
  agreements: {
    id: string
    producer_id: string
    producer_name: string
    commission_bps: number
    consignment_days: number
    settlement_cycle: "monthly" | "fortnightly"
  }[]
}

export type ShowroomStockRow = {
  variant_id: string
  sku: string | null
  title: string
  product_title: string
  on_hand: number
  /** whether the counter can sell it now; if not, why (a lapsed certificate, a draft...) */
  on_sale: boolean
  reason: "draft" | UnsellableReason | null
}
/** GET /showroom/stock */
export type ShowroomStockResponse = { stock: ShowroomStockRow[] }

/** GET /showroom/alerts */
export type ShowroomAlertsResponse = { alerts: StockAlert[] }

export type ShowroomCounterSale = {
  id: string
  receipt: string
  payment_method: ShowroomPaymentMethod
  /** whole dong */
  total: number
  staff: string
  client_reference: string | null
  created_at: string
}
/** GET /showroom/sales */
export type ShowroomSalesResponse = { sales: ShowroomCounterSale[]; count: number }
/** POST /showroom/sales (201; 200 with `replayed` when the same client_reference was recorded already) */
export type ShowroomSaleResponse = { sale: ShowroomCounterSale; replayed?: true }

/** What a showroom owes a producer for a period (period_end exclusive). */
export type ShowroomSettlement = {
  id: string
  producer_id: string
  period_start: string
  period_end: string
  commission_bps: number
  units: number
  gross: number
  commission: number
  net: number
  status: "draft" | "confirmed" | "paid"
}
/** GET /showroom/settlements */
export type ShowroomSettlementsResponse = { settlements: ShowroomSettlement[]; count: number }

/** An online order to be collected at the showroom. */
export type ShowroomPickupOrder = {
  id: string
  display_id: number
  created_at: string
  email: string
  name: string
  phone: string | null
  total: number
  state: OcopPickupState
  ready_at: string | null
  items: {
    id: string
    title: string
    variant_title: string
    variant_id: string
    product_id: string
    producer_id: string | null
    quantity: number
    unit_price: number
  }[]
  payment: { provider_id: string | null; paid: boolean; paid_at_counter: string | null; to_collect: string | null }
}
/** GET /showroom/pickups */
export type ShowroomPickupsResponse = { orders: ShowroomPickupOrder[] }

/** A receipt to print: an intake (PN-...) or a counter sale (HD-...). */
export type ShowroomReceipt = {
  number: string
  kind: "intake" | "sale"
  showroom: { name: string; address: string; commune: string }
  created_at: string
  staff: string
  payment_method: ShowroomPaymentMethod | null
  total: number | null
  lines: {
    name: string
    sku: string | null
    quantity: number
    unit_price: number | null
    lot: string | null
    best_before: string | null
  }[]
}
/** GET /showroom/receipts/:receipt */
export type ShowroomReceiptResponse = { receipt: ShowroomReceipt }

/** A product variant on sale found by code or name, with its counter price. */
export type ShowroomFoundVariant = {
  id: string
  title: string
  sku: string
  product_id: string
  product_title: string
  price: number | null
}
/** GET /showroom/variants?code=|q= */
export type ShowroomVariantsResponse = { variants: ShowroomFoundVariant[] }

/** POST /showroom/intakes: the receipt number the server gave the delivery. */
export type ShowroomIntakeResponse = { receipt: string }
