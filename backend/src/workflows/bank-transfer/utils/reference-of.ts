import { referencesIn } from "../../../modules/vietqr/lib/reference"
import type { BankTransaction } from "../../../modules/bank-transfer/sources/types"

/** The payment reference a transaction names: the source's own payment code if it is one, else the first in the message. */
export function referenceOf(t: Pick<BankTransaction, "code" | "content">): string | null {
  const fromCode = t.code ? referencesIn(t.code).valid[0] : undefined
  return fromCode ?? referencesIn(t.content).valid[0] ?? null
}

/** One lock per payment reference, held by the bank's notifications, the operator's matches and the deadline alike. */
export const paymentLockKey = (reference: string | null) => `ocop-bank-payment:${reference ?? "unmatched"}`
