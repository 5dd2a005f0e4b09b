import crypto from "node:crypto"
import { z } from "@medusajs/framework/zod"
import type { BankNotificationSource } from "./types"

// the largest amount an integer column holds: a transfer above it is not an order's payment
const MAX_AMOUNT = 2_147_483_647

// no NUL character: PostgreSQL refuses it in text
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes("\u0000"), "NUL character")

/** SePay's webhook body (developer.sepay.vn, "Tích hợp webhook"). */
export const SepayBody = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]),
  gateway: text(100).nullish(),
  transactionDate: text(40).nullish(),
  accountNumber: text(40),
  subAccount: text(40).nullish(),
  code: text(100).nullish(),
  content: text(1000),
  transferType: z.enum(["in", "out"]),
  transferAmount: z.number().int().positive().max(MAX_AMOUNT),
  accumulated: z.number().nullish(),
  referenceCode: text(100).nullish(),
  description: text(2000).nullish(),
})
export type SepayBody = z.infer<typeof SepayBody>

const sameSecret = (a: string, b: string) => {
  const x = crypto.createHash("sha256").update(a).digest()
  const y = crypto.createHash("sha256").update(b).digest()
  return crypto.timingSafeEqual(x, y)
}

/**
 * SePay: header `Authorization: Apikey <key>` with the key set on SePay's
 * webhook (SEPAY_WEBHOOK_API_KEY here); it retries until it gets a 2xx with
 * {"success": true}. Without a key configured, nothing is accepted.
 */
export const sepay: BankNotificationSource<SepayBody> = {
  name: "sepay",
  authenticate(headers) {
    const key = process.env.SEPAY_WEBHOOK_API_KEY
    const given = headers.authorization
    if (!key || typeof given !== "string") return false
    const m = /^Apikey\s+(.+)$/i.exec(given.trim())
    return !!m && sameSecret(m[1], key)
  },
  schema: SepayBody,
  transaction: (b) => ({
    source: "sepay",
    transaction_id: String(b.id),
    direction: b.transferType,
    gateway: b.gateway ?? null,
    account_number: b.subAccount || b.accountNumber,
    amount: b.transferAmount,
    content: b.content,
    code: b.code ?? null,
    reference_code: b.referenceCode ?? null,
    transaction_date: b.transactionDate ?? null,
  }),
  accepted: { success: true },
}
