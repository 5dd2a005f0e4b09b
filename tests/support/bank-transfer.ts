import { Modules } from "@medusajs/framework/utils"
import type { Ctx } from "./backend-app"
import { placeOrder, settle, variantOfHandle } from "./actors"

/** The account and key the bank-transfer tests configure before the backend boots. */
export const VIETQR_TEST_ENV = {
  VIETQR_BANK_BIN: "970436", // Vietcombank
  VIETQR_ACCOUNT_NO: "0011001234567",
  VIETQR_ACCOUNT_NAME: "HTX SAN OCOP",
  SEPAY_WEBHOOK_API_KEY: "sepay-test-key-7f3a",
}

let nextId = 900_000

/** A SePay notification body (developer.sepay.vn) of an incoming transfer to the configured account. */
export function sepayNotification(over: Record<string, unknown> = {}) {
  return {
    id: nextId++,
    gateway: "Vietcombank",
    transactionDate: "2026-12-01 14:02:37",
    accountNumber: VIETQR_TEST_ENV.VIETQR_ACCOUNT_NO,
    code: null,
    content: "chuyen tien",
    transferType: "in",
    transferAmount: 100000,
    accumulated: 19077000,
    subAccount: null,
    referenceCode: `MBVCB.${nextId}`,
    description: "",
    ...over,
  }
}

/** Posts a notification as SePay does (`Authorization: Apikey <key>`), whatever the answer. */
export const notify = (ctx: Ctx, body: unknown, key: string | null = VIETQR_TEST_ENV.SEPAY_WEBHOOK_API_KEY) =>
  settle(ctx.api.post("/hooks/bank-transfer/sepay", body, { headers: key ? { authorization: `Apikey ${key}` } : {} }))

/** An order of Kẹo dừa paid by bank transfer, with what the store shows to pay it. */
export async function bankTransferOrder(ctx: Ctx, quantity = 1) {
  const order = await placeOrder(ctx, [[await variantOfHandle(ctx, "keo-dua-cho-lach"), quantity]], {
    provider: "pp_vietqr_vietqr",
  })
  const { data } = await ctx.api.get(`/store/bank-transfer/orders/${order.id}`, ctx.storeHeaders)
  return { order, transfer: data.bank_transfer }
}

/** The order's payment status and captures, as Medusa Admin reads them. */
export async function adminPayment(ctx: Ctx, orderId: string) {
  const { data } = await ctx.api.get(
    `/admin/orders/${orderId}?fields=status,payment_status,payment_collections.payments.captures.amount,payment_collections.payments.canceled_at`,
    ctx.adminHeaders
  )
  const payments = data.order.payment_collections.flatMap((c: any) => c.payments)
  return {
    status: data.order.status as string,
    payment_status: data.order.payment_status as string,
    captures: payments.flatMap((p: any) => p.captures.map((c: any) => Number(c.amount))) as number[],
    canceled: payments.every((p: any) => !!p.canceled_at),
  }
}

export async function reservationsOf(ctx: Ctx, order: any) {
  return ctx
    .container()
    .resolve(Modules.INVENTORY)
    .listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })
}
