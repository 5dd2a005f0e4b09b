/**
 * What one transfer does to an order's bank payment: pure arithmetic on whole
 * dong, shared by the bank's notifications, the operator's manual match and
 * the undo of either.
 */
export type PaymentStatus = "awaiting" | "partial" | "paid" | "overpaid" | "expired"
export type TransferStatus = "matched" | "partial" | "overpaid" | "late" | "unmatched"

export type PaymentState = { amount: number; received: number; status: PaymentStatus }

/** The status of a live (not expired) payment that has received `received` of `amount`. */
export function statusOf(received: number, amount: number): Exclude<PaymentStatus, "expired"> {
  if (received <= 0) return "awaiting"
  if (received < amount) return "partial"
  return received === amount ? "paid" : "overpaid"
}

/**
 * A transfer of `value` onto a payment. An order that is cancelled or expired
 * takes nothing: the money is late and is to go back. Otherwise what is still
 * due is captured, and anything beyond it is an overpayment to refund.
 */
export function applyTransfer(
  p: PaymentState,
  value: number,
  orderCanceled: boolean
): { received: number; status: PaymentStatus; transfer: TransferStatus; capture: number } {
  const received = p.received + value
  if (orderCanceled || p.status === "expired") return { received, status: p.status, transfer: "late", capture: 0 }
  const due = Math.max(0, p.amount - p.received)
  const capture = Math.min(value, due)
  const status = statusOf(received, p.amount)
  const transfer = capture === 0 || status === "overpaid" ? "overpaid" : status === "partial" ? "partial" : "matched"
  return { received, status, transfer, capture }
}

/** What is owed back to the shopper: all of it for a cancelled or expired order, else any excess; less what was sent. */
export function refundDue(p: PaymentState & { refunded_amount: number }, orderCanceled: boolean): number {
  const owed = orderCanceled || p.status === "expired" ? p.received : Math.max(0, p.received - p.amount)
  return Math.max(0, owed - p.refunded_amount)
}
