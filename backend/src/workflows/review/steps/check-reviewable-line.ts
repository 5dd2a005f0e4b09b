import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { REVIEW_WINDOW_DAYS, withinReviewWindow } from "../../../modules/reviews/lib/rules"
import { reviewErrors } from "../utils/errors"
import { producersOf, receivedLines } from "../utils/received-lines"

export type CheckReviewableLineInput = {
  customer_id: string
  order_id: string
  line_item_id: string
  /** ISO instant (workflow input is serialised) */
  at: string
}

/**
 * The line must be the shopper's own, received (delivered or collected),
 * within the review window, and not reviewed yet. Reads only: nothing to undo.
 */
export const checkReviewableLineStep = createStep(
  "ocop-check-reviewable-line",
  async (input: CheckReviewableLineInput, { container }) => {
    const line = (await receivedLines(container, input.customer_id, input.order_id)).find(
      (l) => l.line_item_id === input.line_item_id
    )
    if (!line) throw reviewErrors.notReceived()
    if (!withinReviewWindow(line.received_at, new Date(input.at))) throw reviewErrors.windowClosed(REVIEW_WINDOW_DAYS)
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const [existing] = await reviews.listReviews({ line_item_id: input.line_item_id }, { select: ["id"] })
    if (existing) throw reviewErrors.alreadyReviewed()
    const producerId = (await producersOf(container, [line.product_id])).get(line.product_id)
    if (!producerId) throw reviewErrors.notReceived()
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id)
    return new StepResponse({
      product_id: line.product_id,
      producer_id: producerId,
      received_at: line.received_at.toISOString(),
      author_name: customer.first_name?.trim() || "Khách hàng",
    })
  }
)
