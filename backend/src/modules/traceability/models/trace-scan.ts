import { model } from "@medusajs/framework/utils"

/**
 * One opening of a trace page. `place` is a one-way digest of the scanner's
 * network (never the address itself), enough to count distinct places;
 * unknown codes are recorded too (code_id null), for the operator's list.
 */
export const TraceScan = model
  .define("ocop_trace_scan", {
    id: model.id({ prefix: "tscan" }).primaryKey(),
    code: model.text(),
    code_id: model.text().nullable(),
    place: model.text(),
  })
  .indexes([{ on: ["code_id"] }, { on: ["code"] }])
