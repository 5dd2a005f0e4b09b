import { model } from "@medusajs/framework/utils"
import { Showroom } from "./showroom"

/** The terms on which a producer consigns goods to a showroom. */
export const ConsignmentAgreement = model
  .define("ocop_consignment_agreement", {
    id: model.id({ prefix: "cagr" }).primaryKey(),
    producer_id: model.text().index(),
    // the showroom's commission on each sale, in basis points (1000 = 10%)
    commission_bps: model.number(),
    // how long goods may stay before they go back to the producer
    consignment_days: model.number().default(90),
    settlement_cycle: model.enum(["monthly", "fortnightly"]).default("monthly"),
    status: model.enum(["active", "ended"]).default("active"),
    showroom: model.belongsTo(() => Showroom, { mappedBy: "agreements" }),
  })
  .indexes([
    // one active agreement per producer and showroom
    { on: ["showroom_id", "producer_id"], unique: true, where: "status = 'active' AND deleted_at IS NULL" },
  ])
