import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../../modules/bank-transfer/service"
import { ordersById, paymentView } from "../../../admin-views"

/** The operator sent money back to the shopper: recorded with who and when; never more than is due. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { amount } = req.validatedBody as { amount: number }
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const [payment] = await bank.listBankPayments({ id: req.params.id })
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có khoản thanh toán này (no such payment)")
  const view = paymentView(payment, (await ordersById(req.scope, [payment.order_id])).get(payment.order_id))
  if (amount > view.refund_due) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Số tiền hoàn lớn hơn số phải hoàn (${view.refund_due} ₫) (the refund is more than is due)`
    )
  }
  const updated = await bank.recordRefund({
    id: payment.id,
    amount,
    refunded_before: view.refunded_amount,
    actor: req.auth_context.actor_id,
  })
  if (!updated) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Một khoản hoàn vừa được ghi nhận, hãy tải lại (a refund was just recorded: reload)"
    )
  }
  res.json({ payment: paymentView(updated, (await ordersById(req.scope, [payment.order_id])).get(payment.order_id)) })
}
