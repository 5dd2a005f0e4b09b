import { model } from "@medusajs/framework/utils"

/** A notification refused (wrong or missing key, malformed, outgoing, another account, altered replay), kept for the operator. */
export const BankRejection = model
  .define("ocop_bank_rejection", {
    id: model.id({ prefix: "brej" }).primaryKey(),
    source: model.text(),
    reason: model.enum(["unauthorized", "malformed", "outgoing", "other_account", "altered"]),
    status_code: model.number(),
    transaction_id: model.text().nullable(),
    detail: model.text(),
    // the start of the body as received (at most 2,000 characters)
    body: model.text().nullable(),
    remote_ip: model.text().nullable(),
  })
  .indexes([{ on: ["created_at"] }])
