import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../../modules/bank-transfer/service"
import { transactionFingerprint } from "../../../../../../modules/bank-transfer/lib/fingerprint"
import { vietQrSettings } from "../../../../../../modules/vietqr/lib/settings"
import { receiveBankTransferWorkflow } from "../../../../../../workflows/bank-transfer/receive-bank-transfer"

/**
 * The operator saw the money in the bank's own statement (no notification
 * came): the rest of the order is recorded as a manual transfer, applied and
 * captured like the bank's, with who and when. The transaction id is the
 * payment and what it had received, so a double click records it once.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const [payment] = await bank.listBankPayments({ id: req.params.id })
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có khoản thanh toán này (no such payment)")
  const remaining = Number(payment.amount) - Number(payment.received)
  if (!["awaiting", "partial"].includes(payment.status) || remaining <= 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Đơn này không còn chờ thanh toán (this order is not waiting for payment)"
    )
  }
  const transaction = {
    source: "manual",
    transaction_id: `${payment.id}:${payment.received}`,
    direction: "in" as const,
    gateway: null,
    account_number: vietQrSettings()?.accountNo ?? "",
    amount: remaining,
    content: payment.reference,
    code: payment.reference,
    reference_code: null,
    transaction_date: null,
  }
  const actor = req.auth_context.actor_id
  const { result } = await receiveBankTransferWorkflow(req.scope).run({
    input: { transaction, fingerprint: transactionFingerprint(transaction), matched_by: actor },
  })
  if (result.duplicate) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Khoản này vừa được ghi nhận (this payment was just recorded)")
  }
  await bank.updateBankPayments({ id: payment.id, marked_paid_by: actor, marked_paid_at: new Date() })
  res.json({ status: result.status, captured: result.capture })
}
