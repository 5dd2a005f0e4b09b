import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export type OrderOfReference = { reference: string | null; order_id: string | null; order_canceled: boolean }

/**
 * The order a reference pays for and whether it is cancelled, read under the
 * payment's lock: a transfer for a cancelled order is never captured.
 */
export const orderOfReferenceStep = createStep(
  "ocop-bank-order-of-reference",
  async (input: { reference: string | null }, { container }) => {
    if (!input.reference)
      return new StepResponse<OrderOfReference>({ reference: null, order_id: null, order_canceled: false })
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [payment] = await bank.listBankPayments({ reference: input.reference })
    if (!payment) return new StepResponse<OrderOfReference>({ reference: null, order_id: null, order_canceled: false })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: payment.order_id },
    })
    const order = data[0] as { status?: string } | undefined
    return new StepResponse<OrderOfReference>({
      reference: payment.reference,
      order_id: payment.order_id,
      order_canceled: !order || order.status === "canceled",
    })
  }
)
