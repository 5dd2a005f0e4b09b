import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { vietQrSettings } from "../../../modules/vietqr/lib/settings"

const VIETQR = /^pp_vietqr_/

/**
 * An order placed to pay by bank transfer gets its bank payment as part of
 * the checkout (Medusa's completeCartWorkflow, hook orderCreated): the
 * reference the provider gave its payment, the amount due and the deadline.
 * If this fails, checkout fails: no order waits for a transfer nobody could
 * match.
 */
async function registerBankPayment(container: MedusaContainer, orderId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
    ],
    filters: { id: orderId },
  })
  const payment = ((data[0] as any)?.payment_collections ?? [])
    .flatMap((c: any) => c.payments ?? [])
    .find((p: any) => VIETQR.test(p.provider_id))
  if (!payment) return null
  const hours = vietQrSettings()?.paymentHours ?? 24
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const created = await bank.createBankPayments({
    reference: payment.data.reference,
    order_id: orderId,
    payment_id: payment.id,
    amount: Number(payment.amount),
    expires_at: new Date(Date.now() + hours * 3_600_000),
  })
  return created.id
}

;(completeCartWorkflow.hooks as any).orderCreated(
  async ({ order_id }: { order_id: string }, { container }: { container: MedusaContainer }) => {
    const id = await registerBankPayment(container, order_id)
    return new StepResponse(id, id)
  },
  async (id: string | null, { container }: { container: MedusaContainer }) => {
    if (id) await (container.resolve(BANK_TRANSFER_MODULE) as BankTransferModuleService).deleteBankPayments(id)
  }
)
