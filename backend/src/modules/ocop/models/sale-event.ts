import { model } from "@medusajs/framework/utils"

/**
 * Audit trail of why a product entered or left sale (certificate verified,
 * rejected, revoked, expired), with who and when, so staff can see it.
 */
export const OcopSaleEvent = model.define("ocop_sale_event", {
  id: model.id({ prefix: "osev" }).primaryKey(),
  product_id: model.text().index(),
  certificate_id: model.text().index(),
  type: model.enum(["verified", "rejected", "revoked", "expired"]),
  reason: model.text().nullable(),
  actor: model.text().nullable(),
  occurred_at: model.dateTime(),
})
