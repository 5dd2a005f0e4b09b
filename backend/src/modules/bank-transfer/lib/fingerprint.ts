import crypto from "node:crypto"
import type { BankTransaction } from "../sources/types"

/** What a notification says about its transaction: the same transaction sent twice has one fingerprint; an altered copy another. */
export function transactionFingerprint(t: BankTransaction): string {
  const fields = [t.direction, t.account_number, t.amount, t.content, t.code, t.reference_code, t.transaction_date]
  return crypto.createHash("sha256").update(JSON.stringify(fields)).digest("hex")
}
