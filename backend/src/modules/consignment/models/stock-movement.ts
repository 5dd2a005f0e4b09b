import { model } from "@medusajs/framework/utils"
import { Showroom } from "./showroom"

export const MOVEMENT_KINDS = ["intake", "sale", "pickup", "return", "adjustment"] as const
/** Goods sold: at the counter, or an online order collected at the showroom. The producer is paid for these. */
export const SOLD_KINDS: readonly string[] = ["sale", "pickup"]

/**
 * One change of a showroom's stock of one variant, with who, when and why.
 * Rows are never edited or deleted: the stock on hand is the sum of them.
 */
export const StockMovement = model
  .define("ocop_stock_movement", {
    id: model.id({ prefix: "smv" }).primaryKey(),
    producer_id: model.text().index(),
    product_id: model.text(),
    variant_id: model.text(),
    kind: model.enum([...MOVEMENT_KINDS]),
    // positive in, negative out
    quantity: model.number(),
    // consignment price per unit in whole dong (intake) or sale price (sale)
    unit_price: model.number().nullable(),
    lot: model.text().nullable(),
    best_before: model.dateTime().nullable(),
    reason: model.text().nullable(),
    actor: model.text(),
    // an intake's receipt number groups its lines
    receipt: model.text().nullable(),
    order_id: model.text().nullable(),
    settlement_id: model.text().nullable(),
    showroom: model.belongsTo(() => Showroom, { mappedBy: "movements" }),
  })
  .indexes([{ on: ["showroom_id", "variant_id"] }])
