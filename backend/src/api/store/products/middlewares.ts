import type { MiddlewareRoute } from "@medusajs/framework/http"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import { hideUnsellableNestedProducts, restrictVariantsToSellable } from "../../utils/middlewares/hide-unsellable"
import { cachedStoreAnswer } from "../../utils/middlewares/cached-store-answer"
import { attachOcopProvenance, restrictToSellableProducts } from "../../utils/middlewares/sellable-middlewares"

const storeProductRule = WITHOUT_MARKETPLACE ? [] : [restrictToSellableProducts, attachOcopProvenance]

/**
 * The marketplace rule on Medusa's own store routes that return products: its
 * products and variants, and the catalogue routes that nest products; the
 * product routes' answers cached while exact (api/utils/store-answer-cache).
 */
export const storeProductRoutesMiddlewares: MiddlewareRoute[] = [
  // no method: before Medusa's own middlewares on these routes, so a cached answer skips them all
  ...(WITHOUT_MARKETPLACE ? [] : [{ matcher: "/store/products*", middlewares: [cachedStoreAnswer] }]),
  { method: ["GET"], matcher: "/store/products", middlewares: storeProductRule },
  { method: ["GET"], matcher: "/store/products/:id", middlewares: storeProductRule },
  { method: ["GET"], matcher: "/store/product-variants", middlewares: [restrictVariantsToSellable] },
  { method: ["GET"], matcher: "/store/product-variants/:id", middlewares: [restrictVariantsToSellable] },
  ...["/store/product-categories", "/store/collections", "/store/product-tags", "/store/product-types"].flatMap(
    (base): MiddlewareRoute[] => [
      { method: ["GET"], matcher: base, middlewares: [hideUnsellableNestedProducts] },
      { method: ["GET"], matcher: `${base}/:id`, middlewares: [hideUnsellableNestedProducts] },
    ]
  ),
]
