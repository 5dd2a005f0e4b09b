import type { MiddlewareRoute } from "@medusajs/framework/http"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import { cachedStoreAnswer } from "../../utils/middlewares/cached-store-answer"

/**
 * Medusa's own region routes, which the storefront asks at each render for the
 * region it prices in: answered from the store answer cache while exact (the
 * regions are catalogue tables). No method: before Medusa's own middlewares.
 */
export const storeRegionRoutesMiddlewares: MiddlewareRoute[] = WITHOUT_MARKETPLACE
  ? []
  : [{ matcher: "/store/regions*", middlewares: [cachedStoreAnswer] }]
