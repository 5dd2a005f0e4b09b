import type { MiddlewareRoute } from "@medusajs/framework/http"
import { hideUnsellableNestedProducts, restrictVariantsToSellable } from "../../utils/middlewares/hide-unsellable"
import { cachedStoreAnswer } from "../../utils/middlewares/cached-store-answer"
import { attachOcopProvenance, restrictToSellableProducts } from "../../utils/middlewares/sellable-middlewares"

// OCOP_BENCH_WITHOUT_RULE=1 exists only so `npm run bench` can time Medusa's own /store/products on
// the same data, in a second backend process; it is refused in production so it cannot open the store.
const withoutStoreProductRule = process.env.OCOP_BENCH_WITHOUT_RULE === "1"
if (withoutStoreProductRule && process.env.NODE_ENV === "production") {
  throw new Error("OCOP_BENCH_WITHOUT_RULE is for benchmarks only and is refused when NODE_ENV=production")
}
if (withoutStoreProductRule)
  console.warn("[ocop] OCOP_BENCH_WITHOUT_RULE=1: /store/products without the OCOP rule (benchmark only)")
const storeProductRule = withoutStoreProductRule ? [] : [restrictToSellableProducts, attachOcopProvenance]

/**
 * The marketplace rule on Medusa's own store routes that return products: its
 * products and variants, and the catalogue routes that nest products; the
 * product routes' answers cached while exact (api/utils/store-answer-cache).
 */
export const storeProductRoutesMiddlewares: MiddlewareRoute[] = [
  // no method: before Medusa's own middlewares on these routes, so a cached answer skips them all
  ...(withoutStoreProductRule ? [] : [{ matcher: "/store/products*", middlewares: [cachedStoreAnswer] }]),
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
