import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { transferMessage, vietQrPayload } from "../../../modules/vietqr/lib/payload"
import { vietQrSettings } from "../../../modules/vietqr/lib/settings"
import type { StoreBankTransfer } from "./types"

/** The transfer message of an order: its reference first (what matching reads), then "Đơn <number>" folded to ASCII. */
export const orderTransferMessage = (reference: string, displayId: number) =>
  transferMessage(`${reference} Đơn ${displayId}`)

export async function bankTransferOfOrder(
  container: MedusaContainer,
  orderId: string
): Promise<StoreBankTransfer | null> {
  const settings = vietQrSettings()
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const [payment] = await bank.listBankPayments({ order_id: orderId })
  if (!payment || !settings) return null
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as { id: string; display_id: number; status: string } | undefined
  if (!order) return null
  const amount = Number(payment.amount)
  const received = Number(payment.received)
  const canceled = order.status === "canceled"
  const status = canceled && payment.status !== "expired" ? "canceled" : payment.status
  const remaining = status === "awaiting" || status === "partial" ? Math.max(0, amount - received) : 0
  const message = orderTransferMessage(payment.reference, order.display_id)
  return {
    order_id: order.id,
    display_id: order.display_id,
    status,
    amount,
    received,
    remaining,
    expires_at: new Date(payment.expires_at).toISOString(),
    paid_at: payment.paid_at ? new Date(payment.paid_at).toISOString() : null,
    bank: {
      bin: settings.bankBin,
      name: settings.bankName,
      account_no: settings.accountNo,
      account_name: settings.accountName,
    },
    reference: payment.reference,
    message,
    qr_payload: remaining > 0 ? vietQrPayload({ ...settings, amount: remaining, message }) : null,
  }
}
