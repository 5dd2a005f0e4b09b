import { model } from "@medusajs/framework/utils"
import { ReviewReport } from "./review-report"
import { ReviewVote } from "./review-vote"

/**
 * A shopper's review of one received order line: one per line (the unique
 * index is the rule, not a check that two requests could both pass). The
 * buyer may edit it once; the producer answers it once; the operator may hide
 * it with a reason. Counts of helpful votes and reports are kept on the row so
 * the product page sorts by them without a join; the vote and report rows are
 * the truth they are counted from.
 */
export const Review = model
  .define("ocop_review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text().index(),
    producer_id: model.text().index(),
    order_id: model.text(),
    line_item_id: model.text().unique(),
    customer_id: model.text().index(),
    // the first name the buyer gave, shown beside the review (never the email)
    author_name: model.text(),
    rating: model.number(),
    body: model.text(),
    // [{ id, url }] of files stored through Medusa's File Module
    photos: model.json(),
    // when the line was delivered or collected: the 30 days count from it
    received_at: model.dateTime(),
    edited_at: model.dateTime().nullable(),
    answer: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    answered_by: model.text().nullable(),
    hidden_at: model.dateTime().nullable(),
    hidden_reason: model.text().nullable(),
    hidden_by: model.text().nullable(),
    helpful_count: model.number().default(0),
    report_count: model.number().default(0),
    votes: model.hasMany(() => ReviewVote, { mappedBy: "review" }),
    reports: model.hasMany(() => ReviewReport, { mappedBy: "review" }),
  })
  .indexes([{ on: ["product_id", "created_at"] }])
