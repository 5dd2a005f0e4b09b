import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListBankTransfers, AdminMatchBankTransfer, AdminRecordRefund } from "./validators"

/** The operator's bank transfers (Medusa authenticates /admin users itself). */
export const adminBankTransferRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/bank-transfers",
    middlewares: [validateAndTransformQuery(AdminListBankTransfers, { isList: true, defaults: ["id"] })],
  },
  {
    method: ["POST"],
    matcher: "/admin/bank-transfers/:id/match",
    middlewares: [validateAndTransformBody(AdminMatchBankTransfer)],
  },
  {
    method: ["POST"],
    matcher: "/admin/bank-transfers/payments/:id/refunded",
    middlewares: [validateAndTransformBody(AdminRecordRefund)],
  },
]
