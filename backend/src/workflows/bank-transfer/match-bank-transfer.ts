import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { matchTransferStep } from "./steps/match-transfer"
import { orderOfReferenceStep } from "./steps/order-of-reference"
import { paymentLockKey } from "./utils/reference-of"

/**
 * The operator matches a transfer the bank could not tie to an order (its
 * message lacked or garbled the reference) to the order it pays for: applied
 * and captured exactly as the bank's notification would have been, with who
 * and when recorded on the transfer.
 */
export const matchBankTransferWorkflow = createWorkflow(
  "ocop-match-bank-transfer",
  (input: { transfer_id: string; reference: string; actor_id: string }) => {
    const key = transform({ input }, ({ input }) => paymentLockKey(input.reference))
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const order = orderOfReferenceStep({ reference: input.reference })
    const applied = matchTransferStep(
      transform({ input, order }, ({ input, order }) => ({
        transfer_id: input.transfer_id,
        reference: order.reference ?? input.reference,
        order_canceled: order.order_canceled,
        matched_by: input.actor_id,
      }))
    )
    when({ applied }, ({ applied }) => applied.capture > 0).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ applied, input }, ({ applied, input }) => ({
          payment_id: applied.payment_id!,
          amount: applied.capture,
          captured_by: input.actor_id,
        })),
      })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(applied)
  }
)
