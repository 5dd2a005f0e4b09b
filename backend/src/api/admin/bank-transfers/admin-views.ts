import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundDue } from "../../../modules/bank-transfer/lib/outcome"
import type { AdminBankPayment } from "./types"

/** Display number and status of orders, by id. */
export async function ordersById(container: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map<string, { display_id: number; status: string }>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status"],
    filters: { id: unique },
  })
  return new Map((data as any[]).map((o) => [o.id as string, { display_id: o.display_id, status: o.status }]))
}

export function paymentView(p: any, order: { display_id: number; status: string } | undefined): AdminBankPayment {
  const state = {
    amount: Number(p.amount),
    received: Number(p.received),
    status: p.status,
    refunded_amount: Number(p.refunded_amount),
  }
  return {
    id: p.id,
    order_id: p.order_id,
    order_display_id: order?.display_id ?? null,
    order_status: order?.status ?? null,
    reference: p.reference,
    status: p.status,
    amount: state.amount,
    received: state.received,
    refund_due: refundDue(state, order?.status === "canceled"),
    refunded_amount: state.refunded_amount,
    expires_at: new Date(p.expires_at).toISOString(),
    marked_paid_by: p.marked_paid_by,
    marked_paid_at: p.marked_paid_at ? new Date(p.marked_paid_at).toISOString() : null,
    refunded_by: p.refunded_by,
    refunded_at: p.refunded_at ? new Date(p.refunded_at).toISOString() : null,
  }
}
