import { model } from "@medusajs/framework/utils"
import { TraceLot } from "./lot"

/**
 * One printed stamp's code: random (crypto), so codes cannot be guessed from
 * one another. `unit` is the unit's number within the lot (null for a lot stamp).
 * Scan counts live in ocop_trace_scan rows, not here or in memory.
 */
export const TraceCode = model.define("ocop_trace_code", {
  id: model.id({ prefix: "tcode" }).primaryKey(),
  code: model.text().unique(),
  unit: model.number().nullable(),
  lot: model.belongsTo(() => TraceLot, { mappedBy: "codes" }),
})
