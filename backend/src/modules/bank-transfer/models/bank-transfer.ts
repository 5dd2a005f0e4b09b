import { model } from "@medusajs/framework/utils"

/**
 * An incoming transfer the bank reported (or the operator recorded by hand),
 * once per bank transaction: (source, transaction_id) is unique, so a
 * notification delivered twice, even at the same instant, is one row.
 * `status`: matched (paid the order in full), partial, overpaid (paid, with
 * an excess to refund), late (its order was cancelled or expired: to refund),
 * unmatched (no known reference: the operator matches it by hand).
 */
export const BankTransfer = model
  .define("ocop_bank_transfer", {
    id: model.id({ prefix: "btr" }).primaryKey(),
    source: model.text(),
    transaction_id: model.text(),
    // what identifies the notification's content, to tell a replay from an altered copy
    fingerprint: model.text(),
    gateway: model.text().nullable(),
    account_number: model.text(),
    amount: model.number(),
    content: model.text(),
    reference_code: model.text().nullable(),
    transaction_date: model.text().nullable(),
    reference: model.text().nullable(),
    status: model.enum(["matched", "partial", "overpaid", "late", "unmatched"]),
    bank_payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    // how much of it was captured on the order (the rest, if any, is to refund)
    captured: model.number().default(0),
    matched_by: model.text().nullable(),
    matched_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["source", "transaction_id"], unique: true },
    { on: ["status", "created_at"] },
    { on: ["bank_payment_id"] },
  ])
