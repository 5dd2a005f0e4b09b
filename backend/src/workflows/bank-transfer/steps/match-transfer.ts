import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { TransferApplied } from "../../../modules/bank-transfer/service"

/** The operator's match of an unmatched transfer to an order, applied like the bank's own; undone if its capture fails. */
export const matchTransferStep = createStep(
  "ocop-bank-match-transfer",
  async (
    input: { transfer_id: string; reference: string; order_canceled: boolean; matched_by: string },
    { container }
  ) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const applied = await bank.matchTransfer(input)
    return new StepResponse(applied, { ...applied, matched: true })
  },
  async (applied: (TransferApplied & { matched: boolean }) | undefined, { container }) => {
    if (!applied) return
    await (container.resolve(BANK_TRANSFER_MODULE) as BankTransferModuleService).undoTransfer(applied)
  }
)
