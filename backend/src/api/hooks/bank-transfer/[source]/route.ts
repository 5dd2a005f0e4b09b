import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_NOTIFICATION_SOURCES, type BankTransaction } from "../../../../modules/bank-transfer/sources"
import { transactionFingerprint } from "../../../../modules/bank-transfer/lib/fingerprint"
import { receiveBankTransferWorkflow } from "../../../../workflows/bank-transfer/receive-bank-transfer"
import { refuse } from "../guard"

/**
 * POST /hooks/bank-transfer/<source>: a transfer the bank reported, already
 * authenticated and validated (guard.ts). Recorded and applied once; the same
 * notification again is answered as taken and changes nothing; a copy of a
 * recorded transaction with other content is refused (409) and recorded.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const source = BANK_NOTIFICATION_SOURCES[req.params.source]
  const transaction = req.validatedBody as BankTransaction
  const fingerprint = transactionFingerprint(transaction)
  const { result } = await receiveBankTransferWorkflow(req.scope).run({
    input: { transaction, fingerprint, matched_by: null },
  })
  if (result.duplicate && result.fingerprint !== fingerprint) {
    return refuse(
      req,
      res,
      source.name,
      "altered",
      409,
      "Giao dịch này đã được ghi nhận với nội dung khác (this transaction was recorded with other content)",
      transaction.transaction_id
    )
  }
  res.status(200).json({ ...source.accepted, status: result.status, duplicate: result.duplicate })
}
