import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEWS_MODULE } from "../../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../../modules/reviews/service"
import { voteReviewWorkflow } from "../../../../../../workflows/review/vote-review"

/** A logged-in shopper finds a review helpful; voting twice counts once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await voteReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const review = await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).retrieveReview(req.params.id)
  res.json({ added: result.added, helpful_count: review.helpful_count })
}
