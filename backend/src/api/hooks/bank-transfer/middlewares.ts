import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bankNotificationGuard } from "./guard"

/** The bank's notifications of transfers (SePay): authenticated and validated by their source before the route. */
export const bankTransferHookMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/bank-transfer/:source", middlewares: [bankNotificationGuard] },
]
