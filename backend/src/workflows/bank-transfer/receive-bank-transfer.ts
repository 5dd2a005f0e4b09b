import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { BankTransaction } from "../../modules/bank-transfer/sources/types"
import { orderOfReferenceStep } from "./steps/order-of-reference"
import { receiveTransferStep } from "./steps/receive-transfer"
import { paymentLockKey, referenceOf } from "./utils/reference-of"

export type ReceiveBankTransferInput = {
  transaction: BankTransaction
  fingerprint: string
  // who recorded it: null for the bank's own notification, the operator's id for a transfer recorded by hand
  matched_by: string | null
}

/**
 * A transfer into the account, from the bank's notification (or recorded by
 * the operator): under the lock of the payment its message names, it is
 * recorded once and applied (exact: paid; less: partly paid; more: paid with
 * the excess to refund; a cancelled or expired order: the whole amount to
 * refund; no known reference: unmatched), then what became due is captured
 * on the order's Medusa payment. A failed capture undoes the record.
 */
export const receiveBankTransferWorkflow = createWorkflow(
  "ocop-receive-bank-transfer",
  (input: ReceiveBankTransferInput) => {
    const reference = transform({ input }, ({ input }) => referenceOf(input.transaction))
    const key = transform({ reference }, ({ reference }) => paymentLockKey(reference))
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const order = orderOfReferenceStep({ reference })
    const applied = receiveTransferStep(
      transform({ input, order }, ({ input, order }) => ({
        transaction: input.transaction,
        fingerprint: input.fingerprint,
        reference: order.reference,
        order_canceled: order.order_canceled,
        matched_by: input.matched_by,
      }))
    )
    when({ applied }, ({ applied }) => applied.capture > 0).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ applied, input }, ({ applied, input }) => ({
          payment_id: applied.payment_id!,
          amount: applied.capture,
          captured_by: input.matched_by ?? undefined,
        })),
      })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(applied)
  }
)
