import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/** "Hữu ích": one vote per shopper per review (unique), counted into review.helpful_count. */
export const ReviewVote = model
  .define("ocop_review_vote", {
    id: model.id({ prefix: "rvote" }).primaryKey(),
    customer_id: model.text(),
    review: model.belongsTo(() => Review, { mappedBy: "votes" }),
  })
  .indexes([{ on: ["review_id", "customer_id"], unique: true }])
