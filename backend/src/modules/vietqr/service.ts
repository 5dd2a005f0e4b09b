import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import crypto from "node:crypto"
import { newPaymentReference } from "./lib/reference"
import type { VietQrSettings } from "./lib/settings"
import { AMOUNT_MAX } from "./lib/payload"

const wholeDong = (amount: unknown) => {
  const n = Number(amount)
  if (!Number.isSafeInteger(n) || n <= 0 || n > AMOUNT_MAX) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Số tiền chuyển khoản không hợp lệ: ${String(amount)} (a bank transfer is a whole number of dong)`
    )
  }
  return n
}

/**
 * Bank transfer by VietQR (chuyển khoản ngân hàng, Napas 247). Each payment
 * gets its own reference for the transfer message. Placing the order
 * authorizes the payment as an order to pay, as cash on delivery does; it is
 * captured, in full or in part, when the bank's notification of the transfer
 * arrives (workflows/bank-transfer), or cancelled at the deadline. Refunds
 * are transfers the operator sends back by hand: they are listed for them.
 */
class VietQrProvider extends AbstractPaymentProvider<VietQrSettings> {
  static identifier = "vietqr"

  constructor(cradle: Record<string, unknown>, config: VietQrSettings) {
    super(cradle, config)
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.bankBin || !options.accountNo || !options.accountName) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VietQR cần VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO và VIETQR_ACCOUNT_NAME (VietQR needs the bank BIN, account number and name)"
      )
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const amount = wholeDong(input.amount)
    return {
      id: `vietqr_${crypto.randomUUID()}`,
      data: { method: "bank_transfer_vietqr", reference: newPaymentReference(), amount },
    }
  }
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    // the reference stays: only the amount follows the cart
    return { data: { ...(input.data ?? {}), amount: wholeDong(input.amount) } }
  }
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return {
      data: { ...(input.data ?? {}), authorized_at: new Date().toISOString() },
      status: PaymentSessionStatus.AUTHORIZED,
    }
  }
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}), last_captured_at: new Date().toISOString() } }
  }
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return {
      status: input.data?.last_captured_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED,
    }
  }
  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...(input.data ?? {}), canceled_at: new Date().toISOString() } }
  }
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    // no bank API sends money back: the operator transfers it and the refund list records it
    return { data: { ...(input.data ?? {}), refund_to_send: Number(input.amount) } }
  }
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    // the bank's notifications come through /hooks/bank-transfer/<source>, matched by reference
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrProvider
