export type AdminBankTransfer = {
  id: string
  source: string
  transaction_id: string
  status: "matched" | "partial" | "overpaid" | "late" | "unmatched"
  amount: number
  captured: number
  content: string
  gateway: string | null
  reference_code: string | null
  transaction_date: string | null
  order_id: string | null
  order_display_id: number | null
  matched_by: string | null
  matched_at: string | null
  created_at: string
}
export type AdminBankPayment = {
  id: string
  order_id: string
  order_display_id: number | null
  order_status: string | null
  reference: string
  status: string
  amount: number
  received: number
  refund_due: number
  refunded_amount: number
  expires_at: string
  marked_paid_by: string | null
  marked_paid_at: string | null
  refunded_by: string | null
  refunded_at: string | null
}
export type AdminBankRejection = {
  id: string
  source: string
  reason: string
  status_code: number
  transaction_id: string | null
  detail: string
  created_at: string
}
/** GET /admin/bank-transfers */
export type AdminBankTransfersResponse = {
  transfers: AdminBankTransfer[]
  count: number
  // orders still waiting for (the rest of) their money
  open: AdminBankPayment[]
  // money to send back: cancelled or expired orders that received some, overpayments
  refunds: AdminBankPayment[]
  rejections: AdminBankRejection[]
}
