import { model } from "@medusajs/framework/utils"
import { Showroom } from "./showroom"

/** A sale at a showroom's counter; its lines are the "sale" movements that carry its id. */
export const CounterSale = model.define("ocop_counter_sale", {
  id: model.id({ prefix: "csale" }).primaryKey(),
  receipt: model.text().unique(),
  payment_method: model.enum(["cash", "card", "bank_transfer"]),
  // whole dong
  total: model.number(),
  staff: model.text(),
  // the counter screen's key for this sale: a double-submitted sale is recorded once
  client_reference: model.text().nullable(),
  showroom: model.belongsTo(() => Showroom, { mappedBy: "counter_sales" }),
})
