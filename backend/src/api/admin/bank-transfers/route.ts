import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { ordersById, paymentView } from "./admin-views"
import type { AdminBankTransfersResponse } from "./types"

/**
 * The bank transfers the bank reported, newest first (by status: matched,
 * partial, overpaid, late, unmatched), the orders still waiting for money,
 * what is to be refunded, and the notifications refused.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankTransfersResponse>) {
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  const [[transfers, count], open, received, rejections] = await Promise.all([
    bank.listAndCountBankTransfers(status ? { status: status as any } : {}, {
      take: limit,
      skip: offset,
      order: { created_at: "DESC" },
    }),
    bank.listBankPayments({ status: ["awaiting", "partial"] }, { take: 100, order: { expires_at: "ASC" } }),
    bank.listBankPayments({ received: { $gt: 0 } } as any, { take: 500, order: { updated_at: "DESC" } }),
    bank.listBankRejections({}, { take: 20, order: { created_at: "DESC" } }),
  ])
  const orders = await ordersById(req.scope, [
    ...transfers.map((t) => t.order_id as string),
    ...open.map((p) => p.order_id),
    ...received.map((p) => p.order_id),
  ])
  res.json({
    transfers: transfers.map((t: any) => ({
      id: t.id,
      source: t.source,
      transaction_id: t.transaction_id,
      status: t.status,
      amount: Number(t.amount),
      captured: Number(t.captured),
      content: t.content,
      gateway: t.gateway,
      reference_code: t.reference_code,
      transaction_date: t.transaction_date,
      order_id: t.order_id,
      order_display_id: t.order_id ? (orders.get(t.order_id)?.display_id ?? null) : null,
      matched_by: t.matched_by,
      matched_at: t.matched_at ? new Date(t.matched_at).toISOString() : null,
      created_at: new Date(t.created_at).toISOString(),
    })),
    count,
    open: open.map((p) => paymentView(p, orders.get(p.order_id))).filter((p) => p.order_status !== "canceled"),
    refunds: received.map((p) => paymentView(p, orders.get(p.order_id))).filter((p) => p.refund_due > 0),
    rejections: rejections.map((r: any) => ({
      id: r.id,
      source: r.source,
      reason: r.reason,
      status_code: r.status_code,
      transaction_id: r.transaction_id,
      detail: r.detail,
      created_at: new Date(r.created_at).toISOString(),
    })),
  })
}
