import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { expireBankPaymentWorkflow } from "../workflows/bank-transfer/expire-bank-payment"

const BATCH = 100

/**
 * Every 5 minutes: orders to pay by bank transfer still unpaid at their
 * deadline are cancelled and their stock released. Each order is expired by
 * its own workflow under its payment's lock, so a run that overlaps another,
 * or a transfer arriving at the same moment, changes nothing twice.
 */
export default async function expireBankPayments(container: MedusaContainer) {
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const at = new Date()
  const overdue = await bank.listOverdue(at, BATCH)
  let cancelled = 0
  for (const p of overdue) {
    try {
      const { result } = await expireBankPaymentWorkflow(container).run({
        input: { bank_payment_id: p.id, reference: p.reference, at: at.toISOString() },
      })
      if (result.order_id) cancelled++
    } catch (e) {
      // left awaiting: the next run tries again
      logger.error(`bank transfer deadline of order ${p.order_id}: ${(e as Error).message}`)
    }
  }
  if (cancelled) logger.info(`bank transfer deadline: ${cancelled} unpaid order(s) cancelled`)
}

export const config = { name: "ocop-expire-bank-payments", schedule: "*/5 * * * *" }
