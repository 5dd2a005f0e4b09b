/**
 * The data each template renders, as the message builders (workflows/notification)
 * store it on Medusa's notification record. Amounts are whole dong.
 */
export type Line = {
  title: string
  quantity: number
  unit_price: number
  total: number
  stars?: number
  producer?: string
}

export type ShowroomInfo = { name: string; address: string; hours: string | null; phone: string | null }

export type VietQrDetails = {
  bank: string
  account_number: string
  account_name: string
  amount: number
  content: string
  /** the order is cancelled if the transfer has not arrived by then */
  expires_at?: string | null
}

type Base = { locale?: string; unsubscribe_url?: string | null }

export type TemplateData = {
  "order-placed": Base & {
    display_id: number
    lines: Line[]
    subtotal: number
    shipping: number
    total: number
    delivery: { kind: "delivery"; address: string } | { kind: "pickup"; showroom: ShowroomInfo }
    payment: "cod" | "showroom" | "vietqr" | "card" | "other"
    vietqr?: VietQrDetails | null
    order_url?: string | null
  }
  "payment-received": Base & { display_id: number; amount: number }
  "order-shipped": Base & {
    display_id: number
    producer: string
    lines: { title: string; quantity: number }[]
    tracking_number: string
    tracking_url: string | null
  }
  "pickup-ready": Base & { display_id: number; showroom: ShowroomInfo; to_pay: number }
  "pickup-collected": Base & { display_id: number; showroom: string }
  "order-canceled": Base & { display_id: number; total: number; reason: string | null; paid: boolean }
  "producer-new-order": Base & {
    producer: string
    display_id: number
    lines: Line[]
    total: number
    delivery: string
    portal_url?: string | null
  }
  "certificate-decision": Base & {
    producer: string
    product: string
    certificate_number: string
    stars: number
    status: "verified" | "rejected" | "revoked"
    reason: string | null
  }
  "certificate-expiring": Base & {
    producer: string
    product: string
    certificate_number: string
    stars: number
    expires_at: string
    days: number
  }
  "product-left-sale": Base & {
    producer: string
    product: string
    certificate_number: string
    reason: "expired" | "revoked"
    /** the operator's words when revoking */
    detail?: string | null
    at: string
  }
  "settlement-ready": Base & {
    producer: string
    showroom: string
    period_start: string
    period_end: string
    units: number
    gross: number
    commission: number
    net: number
  }
  "payout-statement": Base & {
    producer: string
    period: string
    orders: number
    units: number
    gross: number
    commission: number
    net: number
  }
  "pickup-to-prepare": Base & {
    showroom: string
    display_id: number
    customer: string
    phone: string | null
    lines: Line[]
    to_pay: number
  }
  "stock-alerts": Base & {
    showroom: string
    alerts: {
      product: string
      lot: string | null
      units: number
      kind: string
      since: string
      best_before: string | null
    }[]
  }
  "certificate-submitted": Base & {
    producer: string
    product: string
    certificate_number: string
    stars: number
    admin_url?: string | null
  }
  "unmatched-transfer": Base & {
    amount: number
    content: string
    received_at: string
    reference: string | null
    admin_url?: string | null
  }
}

export type TemplateName = keyof TemplateData
