import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { TransferApplied } from "../../../modules/bank-transfer/service"
import type { BankTransaction } from "../../../modules/bank-transfer/sources/types"

export type ReceiveTransferInput = {
  transaction: BankTransaction
  fingerprint: string
  reference: string | null
  order_canceled: boolean
  matched_by: string | null
}

/**
 * Records the bank's transaction once (unique per source and transaction id)
 * and applies it to its order's payment, in one transaction under the
 * payment's row lock. Undone if the capture after it fails, so the bank's
 * retry finds nothing half-written.
 */
export const receiveTransferStep = createStep(
  "ocop-bank-receive-transfer",
  async (input: ReceiveTransferInput, { container }) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const applied = await bank.receiveTransfer(input)
    return new StepResponse(applied, { ...applied, matched: false })
  },
  async (applied: (TransferApplied & { matched: boolean }) | undefined, { container }) => {
    if (!applied) return
    await (container.resolve(BANK_TRANSFER_MODULE) as BankTransferModuleService).undoTransfer(applied)
  }
)
