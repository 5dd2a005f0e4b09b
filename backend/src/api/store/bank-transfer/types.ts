/** How an order paid by bank transfer stands, and what to transfer (GET /store/bank-transfer/orders/:id). */
export type StoreBankTransfer = {
  order_id: string
  display_id: number
  status: "awaiting" | "partial" | "paid" | "overpaid" | "expired" | "canceled"
  amount: number
  received: number
  // what is still to transfer (0 once paid)
  remaining: number
  expires_at: string
  paid_at: string | null
  bank: { bin: string; name: string; account_no: string; account_name: string }
  reference: string
  message: string
  // the VietQR (Napas EMVCo) payload for the remaining amount; null once nothing is due
  qr_payload: string | null
}
export type StoreBankTransferResponse = { bank_transfer: StoreBankTransfer | null }
