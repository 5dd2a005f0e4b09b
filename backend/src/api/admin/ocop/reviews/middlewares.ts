import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListReviews, AdminSetReviewHidden } from "../../../store/ocop/reviews/validators"

/** The operator's review moderation (Medusa authenticates /admin users itself). */
export const adminReviewRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/ocop/reviews",
    middlewares: [validateAndTransformQuery(AdminListReviews, { isList: true, defaults: ["id"] })],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/reviews/:id/hidden",
    middlewares: [validateAndTransformBody(AdminSetReviewHidden)],
  },
]
