import { model } from "@medusajs/framework/utils"
import { TraceCode } from "./trace-code"

/**
 * A production lot of one product (lô sản xuất), registered by its producer
 * while the product is on sale. Its stamps carry codes (one per unit, or one
 * for the whole lot).
 */
export const TraceLot = model
  .define("ocop_trace_lot", {
    id: model.id({ prefix: "tlot" }).primaryKey(),
    producer_id: model.text().index(),
    product_id: model.text().index(),
    lot_code: model.text(),
    produced_on: model.dateTime(),
    best_before: model.dateTime(),
    quantity: model.number(),
    // origin of raw materials and the like: public, it is printed on the trace page
    notes: model.text().nullable(),
    stamp_mode: model.enum(["unit", "lot"]),
    codes: model.hasMany(() => TraceCode, { mappedBy: "lot" }),
  })
  .indexes([{ on: ["producer_id", "lot_code"], unique: true }])
