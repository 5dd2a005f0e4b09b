import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { reviewPhotoUpload } from "./photo-upload"
import { StoreCreateReview, StoreEditReview, StoreListReviews, StoreReportReview } from "./validators"

const shopper = authenticate("customer", ["bearer", "session"])

/** Reviews in the store: anyone reads and reports; logged-in buyers write, edit and vote. */
export const storeReviewRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:id/reviews",
    middlewares: [validateAndTransformQuery(StoreListReviews, {})],
  },
  { method: ["GET"], matcher: "/store/ocop/reviews", middlewares: [shopper] },
  {
    method: ["POST"],
    matcher: "/store/ocop/reviews",
    middlewares: [shopper, reviewPhotoUpload, validateAndTransformBody(StoreCreateReview)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/reviews/:id",
    middlewares: [shopper, validateAndTransformBody(StoreEditReview)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/reviews/:id/report",
    middlewares: [
      authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreReportReview),
    ],
  },
  { method: ["POST"], matcher: "/store/ocop/reviews/:id/helpful", middlewares: [shopper] },
]
