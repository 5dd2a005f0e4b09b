import type { MiddlewareRoute } from "@medusajs/framework/http"
import { markCheckoutCart } from "../../utils/middlewares/mark-checkout"
import { queueCheckout } from "../../utils/middlewares/stock-queue"

/** On Medusa's own cart completion: the cart's id into its metadata, then a turn in the stock queue. */
export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [markCheckoutCart, queueCheckout] },
]
