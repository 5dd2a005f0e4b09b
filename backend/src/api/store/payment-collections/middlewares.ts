import type { MiddlewareRoute } from "@medusajs/framework/http"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import { onePaymentCollectionAtATime, onePaymentSessionAtATime } from "../../utils/middlewares/one-payment-session"

/** On Medusa's own payment routes: a cart's collection and payment session are made one at a time. */
export const storePaymentCollectionRoutesMiddlewares: MiddlewareRoute[] = WITHOUT_MARKETPLACE
  ? []
  : [
      { method: ["POST"], matcher: "/store/payment-collections", middlewares: [onePaymentCollectionAtATime] },
      {
        method: ["POST"],
        matcher: "/store/payment-collections/:id/payment-sessions",
        middlewares: [onePaymentSessionAtATime],
      },
    ]
