import { model } from "@medusajs/framework/utils"
import { Showroom } from "./showroom"

/**
 * What a showroom owes a producer for a period: units sold, gross, commission
 * and net, from the sale movements it took (each movement belongs to at most
 * one settlement, so no sale is counted twice).
 */
export const Settlement = model.define("ocop_settlement", {
  id: model.id({ prefix: "cset" }).primaryKey(),
  producer_id: model.text().index(),
  period_start: model.dateTime(),
  period_end: model.dateTime(),
  commission_bps: model.number(),
  units: model.number(),
  gross: model.number(),
  commission: model.number(),
  net: model.number(),
  status: model.enum(["draft", "confirmed", "paid"]).default("draft"),
  showroom: model.belongsTo(() => Showroom, { mappedBy: "settlements" }),
})
