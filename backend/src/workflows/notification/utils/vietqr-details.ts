import type { MedusaContainer } from "@medusajs/framework/types"
import { bankTransferOfOrder } from "../../../api/store/bank-transfer/bank-transfer-of-order"
import type { VietQrDetails } from "../../../modules/smtp-notification/templates/types"
import type { OrderForMail } from "./order-context"

/**
 * The transfer an order paid by VietQR still needs (account, amount, message,
 * deadline): the one answer the order page shows too, so the email and the
 * page never disagree. Null for other payments.
 */
export async function vietQrDetailsOf(container: MedusaContainer, order: OrderForMail): Promise<VietQrDetails | null> {
  if (!order.payment_provider?.startsWith("pp_vietqr")) return null
  const transfer = await bankTransferOfOrder(container, order.id)
  if (!transfer || transfer.remaining <= 0) return null
  return {
    bank: transfer.bank.name,
    account_number: transfer.bank.account_no,
    account_name: transfer.bank.account_name,
    amount: transfer.remaining,
    content: transfer.message,
    expires_at: transfer.expires_at,
  }
}
