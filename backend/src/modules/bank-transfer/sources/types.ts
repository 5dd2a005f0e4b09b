import type { z } from "@medusajs/framework/zod"

/** One bank transaction as every notification source describes it. */
export type BankTransaction = {
  source: string
  transaction_id: string
  direction: "in" | "out"
  gateway: string | null
  account_number: string
  amount: number
  content: string
  // a payment code the source itself recognised in the message, if any
  code: string | null
  reference_code: string | null
  transaction_date: string | null
}

/**
 * A service that tells us of transfers to the account (SePay today; Casso or
 * a bank's own API later): how it authenticates, what its body looks like,
 * how to read a transaction out of it and what it expects as an answer.
 * Adding one is a new file here and its entry in sources/index.ts; the
 * provider, the workflows and the admin do not change.
 */
export type BankNotificationSource<Body = unknown> = {
  name: string
  /** true when the request carries the source's credentials */
  authenticate(headers: Record<string, string | string[] | undefined>): boolean
  schema: z.ZodType<Body>
  transaction(body: Body): BankTransaction
  /** the body the source expects once a notification is taken (recorded, applied or a replay) */
  accepted: Record<string, unknown>
}
