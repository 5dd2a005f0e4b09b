import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/**
 * The deadline of one payment: still awaiting, nothing received, time up ->
 * expired, in one statement under the payment's lock. `cancel` says whether
 * its order is still to be cancelled (an order the operator already
 * cancelled is not cancelled again). Undone if the cancellation fails.
 */
export const expirePaymentStep = createStep(
  "ocop-bank-expire-payment",
  async (input: { bank_payment_id: string; at: string }, { container }) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const expired = await bank.expireIfUnpaid(input.bank_payment_id, new Date(input.at))
    if (!expired) return new StepResponse({ order_id: null as string | null, cancel: false }, null)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: expired.order_id },
    })
    const live = !!data[0] && (data[0] as { status: string }).status !== "canceled"
    return new StepResponse({ order_id: expired.order_id as string | null, cancel: live }, expired.id)
  },
  async (expiredId: string | null | undefined, { container }) => {
    if (!expiredId) return
    await (container.resolve(BANK_TRANSFER_MODULE) as BankTransferModuleService).unexpire(expiredId)
  }
)
