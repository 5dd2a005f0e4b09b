import { model } from "@medusajs/framework/utils"

/**
 * One order paid by bank transfer: its reference (in the transfer message),
 * the amount due and what the bank has reported received. `status` follows
 * the money: awaiting, partial, paid, overpaid; expired when the deadline
 * cancelled it unpaid. Whatever was received for an order that ends
 * cancelled, and any excess, is to be sent back (refunded_* record that).
 */
export const BankPayment = model
  .define("ocop_bank_payment", {
    id: model.id({ prefix: "bpay" }).primaryKey(),
    reference: model.text().unique(),
    order_id: model.text().unique(),
    payment_id: model.text(),
    amount: model.number(),
    received: model.number().default(0),
    status: model.enum(["awaiting", "partial", "paid", "overpaid", "expired"]).default("awaiting"),
    expires_at: model.dateTime(),
    paid_at: model.dateTime().nullable(),
    // the operator who marked it paid by hand, and when
    marked_paid_by: model.text().nullable(),
    marked_paid_at: model.dateTime().nullable(),
    refunded_amount: model.number().default(0),
    refunded_by: model.text().nullable(),
    refunded_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "expires_at"] }])
