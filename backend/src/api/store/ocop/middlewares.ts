import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreOrderLookup } from "./orders/lookup/validators"
import { StoreSearchQuery } from "./search/validators"

/** The marketplace's own store routes (search, order lookup, an order's parts). */
export const storeOcopRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/ocop/search", middlewares: [validateAndTransformQuery(StoreSearchQuery, {})] },
  { method: ["POST"], matcher: "/store/ocop/orders/lookup", middlewares: [validateAndTransformBody(StoreOrderLookup)] },
  { method: ["GET"], matcher: "/store/ocop/orders/:id/parts", middlewares: [authenticate("customer", ["bearer"])] },
]
