import { model } from "@medusajs/framework/utils"
import { ShowroomStaff } from "./showroom-staff"
import { ConsignmentAgreement } from "./agreement"
import { StockMovement } from "./stock-movement"
import { CounterSale } from "./counter-sale"
import { Settlement } from "./settlement"

/**
 * An OCOP showroom (điểm giới thiệu và bán sản phẩm OCOP). Its stock sits at
 * its own Medusa stock location and its counter sales go through its own
 * sales channel; what Medusa lacks (agreements, the stock ledger, settlements)
 * lives in this module.
 */
export const Showroom = model.define("ocop_showroom", {
  id: model.id({ prefix: "shr" }).primaryKey(),
  name: model.text(),
  handle: model.text().unique(),
  address: model.text(),
  commune: model.text(),
  province_code: model.text(),
  opening_hours: model.text().nullable(),
  phone: model.text().nullable(),
  stock_location_id: model.text(),
  // counter sales channel: set when counter sales are enabled (see README)
  sales_channel_id: model.text().nullable(),
  staff: model.hasMany(() => ShowroomStaff, { mappedBy: "showroom" }),
  agreements: model.hasMany(() => ConsignmentAgreement, { mappedBy: "showroom" }),
  movements: model.hasMany(() => StockMovement, { mappedBy: "showroom" }),
  counter_sales: model.hasMany(() => CounterSale, { mappedBy: "showroom" }),
  settlements: model.hasMany(() => Settlement, { mappedBy: "showroom" }),
})
