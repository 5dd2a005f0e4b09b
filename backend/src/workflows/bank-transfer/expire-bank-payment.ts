import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { expirePaymentStep } from "./steps/expire-payment"
import { paymentLockKey } from "./utils/reference-of"

/**
 * The payment deadline of one order: if, under its payment's lock, nothing
 * has been received and the time is up, the payment expires and the order is
 * cancelled by Medusa's own workflow (its stock released, its payment
 * cancelled). A transfer that arrives after finds the order cancelled and is
 * listed for refund; one that arrived before keeps the order. Safe to run
 * twice: the second run finds nothing to expire.
 */
export const expireBankPaymentWorkflow = createWorkflow(
  "ocop-expire-bank-payment",
  (input: { bank_payment_id: string; reference: string; at: string }) => {
    const key = transform({ input }, ({ input }) => paymentLockKey(input.reference))
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const expired = expirePaymentStep({ bank_payment_id: input.bank_payment_id, at: input.at })
    when({ expired }, ({ expired }) => expired.cancel).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ expired }, ({ expired }) => ({
          order_id: expired.order_id!,
          canceled_by: "vietqr-deadline",
        })),
      })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(expired)
  }
)
