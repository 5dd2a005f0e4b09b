import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { Review } from "./models/review"
import { ReviewReport } from "./models/review-report"
import { ReviewVote } from "./models/review-vote"
import { RatingSummary, ratingSummary, ReviewSort } from "./lib/rules"

type Knex = any

class ReviewsModuleService extends MedusaService({ Review, ReviewVote, ReviewReport }) {
  private knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /** Average, count and distribution of the visible (not hidden) reviews of each product, in one grouped query. */
  @InjectManager()
  async ratingSummaries(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, RatingSummary>> {
    const ids = [...new Set(productIds)]
    if (!ids.length) return new Map()
    const rows: { product_id: string; rating: number; n: number }[] = await this.knex_(sharedContext)("ocop_review")
      .select("product_id", "rating")
      .count({ n: "*" })
      .whereIn("product_id", ids)
      .whereNull("hidden_at")
      .whereNull("deleted_at")
      .groupBy("product_id", "rating")
    const counts = new Map<string, Map<number, number>>(ids.map((id) => [id, new Map()]))
    for (const r of rows) counts.get(r.product_id)!.set(Number(r.rating), Number(r.n))
    return new Map([...counts].map(([id, c]) => [id, ratingSummary(c)]))
  }

  /** The visible reviews of a product, newest first or most helpful first. */
  @InjectManager()
  async listVisibleReviews(
    productId: string,
    sort: ReviewSort,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const order: Record<string, "ASC" | "DESC"> =
      sort === "helpful" ? { helpful_count: "DESC", created_at: "DESC", id: "ASC" } : { created_at: "DESC", id: "ASC" }
    return this.listAndCountReviews(
      { product_id: productId, hidden_at: null },
      { order, take: page.limit, skip: page.offset },
      sharedContext
    )
  }

  /**
   * One helpful vote per shopper: the unique index decides, so two clicks (or
   * two processes) count once. Returns whether this call added the vote.
   */
  @InjectTransactionManager()
  async addHelpfulVote(reviewId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const { rows } = await knex.raw(
      `insert into ocop_review_vote (id, review_id, customer_id) values (?, ?, ?)
       on conflict (review_id, customer_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "rvote"), reviewId, customerId]
    )
    if (rows.length) await knex("ocop_review").where("id", reviewId).increment("helpful_count", 1)
    return rows.length > 0
  }

  /** Takes back a helpful vote (the compensation of addHelpfulVote). */
  @InjectTransactionManager()
  async removeHelpfulVote(reviewId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const removed = await knex("ocop_review_vote").where({ review_id: reviewId, customer_id: customerId }).delete()
    if (removed) await knex("ocop_review").where("id", reviewId).decrement("helpful_count", removed)
  }

  /**
   * The buyer's one edit: the row changes only while it was never edited, in
   * one statement, so two edits at once cannot both pass. Returns whether it did.
   */
  @InjectTransactionManager()
  async editOnce(
    reviewId: string,
    changes: { rating?: number; body?: string },
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const n = await this.knex_(sharedContext)("ocop_review")
      .where("id", reviewId)
      .whereNull("edited_at")
      .whereNull("deleted_at")
      .update({ ...changes, edited_at: at, updated_at: at })
    return n === 1
  }

  /** The producer's one public answer, set only while there is none (one statement). */
  @InjectTransactionManager()
  async answerOnce(
    reviewId: string,
    answer: string,
    by: string,
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const n = await this.knex_(sharedContext)("ocop_review")
      .where("id", reviewId)
      .whereNull("answer")
      .whereNull("deleted_at")
      .update({ answer, answered_by: by, answered_at: at, updated_at: at })
    return n === 1
  }

  /** Moves report_count by `by` in the database (never a read-modify-write in memory). */
  @InjectTransactionManager()
  async countReport(reviewId: string, by: 1 | -1, @MedusaContext() sharedContext: Context = {}) {
    await this.knex_(sharedContext)("ocop_review").where("id", reviewId).increment("report_count", by)
  }
}

export default ReviewsModuleService
