import { model } from "@medusajs/framework/utils"

/**
 * Reference table of the 63 provincial units before the 2025 merger, each with
 * the code of the unit it belongs to today. A unit whose code equals its
 * current_code is also one of the 34 current units. Loaded by the seed.
 */
export const OcopProvince = model.define("ocop_province", {
  code: model.text().primaryKey(),
  name: model.text(),
  aliases: model.json().nullable(),
  current_code: model.text().index(),
  region: model.text(),
})
