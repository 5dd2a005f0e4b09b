import type { MedusaContainer } from "@medusajs/framework/types"
import type { VietQrDetails } from "../../../modules/smtp-notification/templates/types"
import type { OrderForMail } from "./order-context"

/** The transfer details of an order paid by VietQR bank transfer, else null. */
export async function vietQrDetailsOf(_container: MedusaContainer, order: OrderForMail): Promise<VietQrDetails | null> {
  if (!order.payment_provider?.startsWith("pp_vietqr")) return null
  const d = (order.payment_data ?? {}) as Record<string, any>
  if (!d.account_number && !d.accountNumber) return null
  return {
    bank: String(d.bank_name ?? d.bank ?? d.bank_code ?? ""),
    account_number: String(d.account_number ?? d.accountNumber),
    account_name: String(d.account_name ?? d.accountName ?? ""),
    amount: Number(d.amount ?? order.total),
    content: String(d.content ?? d.reference ?? d.description ?? ""),
  }
}
