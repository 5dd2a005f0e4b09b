import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/** Anyone may report a review; the operator's list shows the reasons. The reporter is kept only when logged in. */
export const ReviewReport = model.define("ocop_review_report", {
  id: model.id({ prefix: "rrep" }).primaryKey(),
  reason: model.text(),
  customer_id: model.text().nullable(),
  review: model.belongsTo(() => Review, { mappedBy: "reports" }),
})
