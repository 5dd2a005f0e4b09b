import type { MiddlewareRoute } from "@medusajs/framework/http"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import { markCheckoutCart } from "../../utils/middlewares/mark-checkout"
import { queueCheckout } from "../../utils/middlewares/stock-queue"
import { checkCartAddresses, requireDeliveryAddress } from "../../utils/middlewares/vn-address"

/**
 * On Medusa's own cart routes: addresses are Vietnamese ones (commune of the
 * province, phone); completion needs a deliverable address unless picked up,
 * then the cart's id into its metadata, then a turn in the stock queue.
 */
export const storeCartRoutesMiddlewares: MiddlewareRoute[] = WITHOUT_MARKETPLACE
  ? []
  : [
      { method: ["POST"], matcher: "/store/carts", middlewares: [checkCartAddresses] },
      { method: ["POST"], matcher: "/store/carts/:id", middlewares: [checkCartAddresses] },
      {
        method: ["POST"],
        matcher: "/store/carts/:id/complete",
        middlewares: [requireDeliveryAddress, markCheckoutCart, queueCheckout],
      },
    ]
