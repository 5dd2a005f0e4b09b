import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { loadProducerContext, requireApprovedProducer } from "../../utils/middlewares/producer-context"
import { ProducerAnswerReview } from "../../store/ocop/reviews/validators"

const approvedProducer = [authenticate("producer", ["bearer"]), loadProducerContext, requireApprovedProducer]

/** The producer portal's reviews: its own products' reviews, and its answers. */
export const producerReviewRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/reviews", middlewares: approvedProducer },
  {
    method: ["POST"],
    matcher: "/producer/reviews/:id/answer",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerAnswerReview)],
  },
]
