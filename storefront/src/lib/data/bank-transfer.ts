import "server-only"
import { storeGet } from "./backend"
import type { BankTransferState, StoreBankTransferResponse } from "../types"

// Medusa's order ids; anything else is not looked up
const ORDER_ID = /^order_[A-Z0-9]{10,40}$/

/** How an order paid by bank transfer stands and what to transfer; null for any other order. */
export async function getBankTransfer(orderId: string): Promise<BankTransferState | null> {
  if (!ORDER_ID.test(orderId)) return null
  return (await storeGet<StoreBankTransferResponse>(`/store/bank-transfer/orders/${orderId}`))?.bank_transfer ?? null
}
