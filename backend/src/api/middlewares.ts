import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBankTransferRoutesMiddlewares } from "./admin/bank-transfers/middlewares"
import { adminOcopRoutesMiddlewares } from "./admin/ocop/middlewares"
import { authRoutesMiddlewares } from "./auth/middlewares"
import { bankTransferHookMiddlewares } from "./hooks/bank-transfer/middlewares"
import { producerRoutesMiddlewares } from "./producer/middlewares"
import { producerMailPreferenceMiddlewares } from "./producer/mail-preferences/middlewares"
import { producerReviewRoutesMiddlewares } from "./producer/reviews/middlewares"
import { adminReviewRoutesMiddlewares } from "./admin/ocop/reviews/middlewares"
import { storeReviewRoutesMiddlewares } from "./store/ocop/reviews/middlewares"
import { producerLotRoutesMiddlewares } from "./producer/lots/middlewares"
import { showroomTraceRoutesMiddlewares } from "./showroom/trace/middlewares"
import { showroomRoutesMiddlewares } from "./showroom/middlewares"
import { showroomMailPreferenceMiddlewares } from "./showroom/mail-preferences/middlewares"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeCustomerRoutesMiddlewares } from "./store/customers/middlewares"
import { storePaymentCollectionRoutesMiddlewares } from "./store/payment-collections/middlewares"
import { storeOcopRoutesMiddlewares } from "./store/ocop/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"
import { storeRegionRoutesMiddlewares } from "./store/regions/middlewares"
import { shortenConnectionWait } from "./utils/middlewares/connection-wait"
import { ocopErrorHandler } from "./utils/middlewares/error-handler"
import { rejectNulCharacters } from "./utils/middlewares/reject-nul"

/**
 * Each area's middlewares live in its own folder, spread here as Medusa's own
 * packages/medusa/src/api/middlewares.ts does. Medusa runs the middlewares
 * without a method (the two global ones below) before those with one, and
 * the rest in the order they are listed.
 */
export default defineMiddlewares({
  errorHandler: ocopErrorHandler,
  routes: [
    { matcher: "/*", middlewares: [shortenConnectionWait] },
    // No text here may hold a NUL character: PostgreSQL refuses it (a 500), so it is a 400 first.
    ...[
      "/store/ocop*",
      "/store/products*",
      "/store/product-variants*",
      "/store/carts*",
      "/producer*",
      "/showroom*",
      "/admin/ocop*",
    ].map((matcher) => ({ matcher, middlewares: [rejectNulCharacters] })),

    ...storeCartRoutesMiddlewares,
    ...storeCustomerRoutesMiddlewares,
    ...storePaymentCollectionRoutesMiddlewares,
    ...authRoutesMiddlewares,
    ...storeProductRoutesMiddlewares,
    ...storeRegionRoutesMiddlewares,
    ...storeOcopRoutesMiddlewares,
    ...adminOcopRoutesMiddlewares,
    ...showroomRoutesMiddlewares,
    ...producerRoutesMiddlewares,
    ...storeReviewRoutesMiddlewares,
    ...producerReviewRoutesMiddlewares,
    ...adminReviewRoutesMiddlewares,
    ...producerLotRoutesMiddlewares,
    ...showroomTraceRoutesMiddlewares,
    ...bankTransferHookMiddlewares,
    ...adminBankTransferRoutesMiddlewares,
    ...producerMailPreferenceMiddlewares,
    ...showroomMailPreferenceMiddlewares,
  ],
})
