import type { MedusaContainer } from "@medusajs/framework/types"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { backendUrl } from "../utils/links"
import { type Outgoing, outgoing } from "../utils/outgoing"
import { operatorEmails } from "../utils/recipients"

/** How far back the job looks: a transfer recorded while the worker was down is still announced. */
const LOOKBACK_MS = 7 * 86_400_000

/**
 * Transfers that matched no order (the bank-transfer module's status
 * "unmatched"), for the operator to match by hand; once per transfer.
 */
export async function unmatchedTransferMessages(container: MedusaContainer, at: Date): Promise<Outgoing[]> {
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const unmatched = await bank.listBankTransfers(
    { status: "unmatched", created_at: { $gte: new Date(at.getTime() - LOOKBACK_MS) } } as any,
    { take: 200, order: { created_at: "ASC" } }
  )
  if (!unmatched.length) return []
  const operators = await operatorEmails(container)
  return unmatched.flatMap((t: any) =>
    operators.map((to) =>
      outgoing({
        trigger: "ocop.bank_transfer.unmatched",
        keyOf: t.id,
        to,
        template: "unmatched-transfer",
        resource: { id: t.id, type: "ocop_bank_transfer" },
        data: {
          amount: Number(t.amount),
          content: t.content,
          received_at: new Date(
            t.transaction_date && !isNaN(Date.parse(t.transaction_date)) ? t.transaction_date : t.created_at
          ).toISOString(),
          reference: t.reference_code ?? t.transaction_id ?? null,
          admin_url: `${backendUrl()}/app`,
        },
      })
    )
  )
}
