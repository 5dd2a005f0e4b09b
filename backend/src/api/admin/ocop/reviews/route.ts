import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEWS_MODULE } from "../../../../modules/reviews"
import type ReviewsModuleService from "../../../../modules/reviews/service"

/** The operator's list: reported reviews first (most reports), with the reports' reasons and any hiding. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, reported, hidden, product_id } = req.validatedQuery as any
  const filters: Record<string, unknown> = {}
  if (product_id) filters.product_id = product_id
  if (reported === "true") filters.report_count = { $gt: 0 }
  if (hidden === "true") filters.hidden_at = { $ne: null }
  if (hidden === "false") filters.hidden_at = null
  const reviews: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
  const [rows, count] = await reviews.listAndCountReviews(filters, {
    relations: ["reports"],
    order: { report_count: "DESC", created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ reviews: rows, count, limit, offset })
}
