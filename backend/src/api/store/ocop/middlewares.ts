import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import {
  cachedAvailabilityAnswer,
  cachedProductPageAnswer,
  cachedSearchAnswer,
} from "../../utils/middlewares/cached-store-answer"
import { StoreOrderLookup } from "./orders/lookup/validators"
import { StoreProductPageQuery } from "./product-pages/validators"
import { StoreSearchQuery } from "./search/validators"

// a product page asks it at each render: kept while exact, as the product answers are
const availability: MiddlewareRoute = {
  method: ["GET"],
  matcher: "/store/ocop/products/:id/availability",
  middlewares: [cachedAvailabilityAnswer],
}

/** The marketplace's own store routes (search, a product's availability, order lookup, an order's parts). */
export const storeOcopRoutesMiddlewares: MiddlewareRoute[] = [
  ...(WITHOUT_MARKETPLACE ? [] : [availability]),
  {
    method: ["GET"],
    matcher: "/store/ocop/search",
    // kept while exact, as the product answers are; a hit skips the validation (only a 200 is kept)
    middlewares: [
      ...(WITHOUT_MARKETPLACE ? [] : [cachedSearchAnswer]),
      validateAndTransformQuery(StoreSearchQuery, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/product-pages/:handle",
    // the storefront's product page, one call per render: kept while exact (its stock and reviews too); a hit skips the validation
    middlewares: [
      ...(WITHOUT_MARKETPLACE ? [] : [cachedProductPageAnswer]),
      validateAndTransformQuery(StoreProductPageQuery, {}),
    ],
  },
  { method: ["POST"], matcher: "/store/ocop/orders/lookup", middlewares: [validateAndTransformBody(StoreOrderLookup)] },
  { method: ["GET"], matcher: "/store/ocop/orders/:id/parts", middlewares: [authenticate("customer", ["bearer"])] },
]
