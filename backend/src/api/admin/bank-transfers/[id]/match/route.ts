import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"
import { matchBankTransferWorkflow } from "../../../../../workflows/bank-transfer/match-bank-transfer"

/** The operator matches an unmatched transfer to the order (by its number) it pays for; who and when are recorded. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { order_display_id } = req.validatedBody as { order_display_id: number }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id"],
    filters: { display_id: order_display_id } as any,
  })
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const [payment] = data[0] ? await bank.listBankPayments({ order_id: (data[0] as any).id }) : []
  if (!payment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có đơn #${order_display_id} thanh toán bằng chuyển khoản (no order #${order_display_id} paid by bank transfer)`
    )
  }
  const { result } = await matchBankTransferWorkflow(req.scope).run({
    input: { transfer_id: req.params.id, reference: payment.reference, actor_id: req.auth_context.actor_id },
  })
  res.json({ transfer_id: result.transfer_id, status: result.status, captured: result.capture })
}
