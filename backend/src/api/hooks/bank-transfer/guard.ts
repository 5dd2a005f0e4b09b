import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { BANK_NOTIFICATION_SOURCES } from "../../../modules/bank-transfer/sources"
import { vietQrSettings } from "../../../modules/vietqr/lib/settings"

type Reason = "unauthorized" | "malformed" | "outgoing" | "other_account" | "altered"

/** Refuses a notification with its status and a message, and records it for the operator. */
export async function refuse(
  req: MedusaRequest,
  res: MedusaResponse,
  source: string,
  reason: Reason,
  status: number,
  message: string,
  transactionId: string | null = null
) {
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  let body: string | null = null
  try {
    body = JSON.stringify(req.body ?? null).slice(0, 2000)
  } catch {
    body = null // not serialisable: the reason says enough
  }
  await bank.createBankRejections({
    source,
    reason,
    status_code: status,
    transaction_id: transactionId,
    detail: message,
    body,
    remote_ip: req.ip ?? null,
  })
  res.status(status).json({ success: false, message })
}

/**
 * Before any notification reaches the route: a known source, its key, its
 * documented body, a transfer INTO the configured account. Anything else is
 * answered 4xx with a message and recorded, and changes nothing.
 */
export async function bankNotificationGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const source = BANK_NOTIFICATION_SOURCES[req.params.source]
  const settings = vietQrSettings()
  if (!source || !settings) {
    res.status(404).json({ success: false, message: "Không có nguồn thông báo này (no such notification source)" })
    return
  }
  if (!source.authenticate(req.headers)) {
    return refuse(req, res, source.name, "unauthorized", 401, "Sai hoặc thiếu khóa API (wrong or missing API key)")
  }
  const parsed = source.schema.safeParse(req.body)
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
      .join("; ")
    return refuse(req, res, source.name, "malformed", 400, `Thông báo không hợp lệ (malformed notification): ${detail}`)
  }
  const transaction = source.transaction(parsed.data)
  if (transaction.direction !== "in") {
    return refuse(
      req,
      res,
      source.name,
      "outgoing",
      422,
      "Giao dịch tiền ra không phải thanh toán đơn hàng (an outgoing transfer pays no order)",
      transaction.transaction_id
    )
  }
  if (transaction.account_number !== settings.accountNo) {
    return refuse(
      req,
      res,
      source.name,
      "other_account",
      422,
      "Giao dịch vào tài khoản khác, không phải tài khoản nhận thanh toán (a transfer to another account)",
      transaction.transaction_id
    )
  }
  ;(req as any).validatedBody = transaction
  next()
}
