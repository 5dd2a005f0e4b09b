import type { MedusaResponse } from "@medusajs/framework/http"
import { REVIEWS_MODULE } from "../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../modules/reviews/service"
import { answerReviewWorkflow } from "../../../../../workflows/review/answer-review"
import { publicReview } from "../../../../store/ocop/reviews/present"
import type { ProducerRequest } from "../../../../utils/middlewares/producer-context"

/** The producer's one public answer to a review of its own product. */
export async function POST(req: ProducerRequest<{ answer: string }>, res: MedusaResponse) {
  await answerReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      producer_id: req.producer.id,
      member_id: req.producer.member_id,
      answer: req.validatedBody.answer,
      at: new Date().toISOString(),
    },
  })
  const review = await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).retrieveReview(req.params.id)
  res.status(201).json({ review: publicReview(review) })
}
