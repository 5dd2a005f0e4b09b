import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkCustomerAddress } from "../../utils/middlewares/vn-address"

/** A signed-in shopper's saved addresses (Medusa's own routes) are deliverable Vietnamese addresses. */
export const storeCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses",
    middlewares: [checkCustomerAddress],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses/:address_id",
    middlewares: [checkCustomerAddress],
  },
]
