import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordExpiredCertificatesStep } from "./steps/record-expired-certificates"

/** Records newly expired certificates and announces the products that left sale. */
export const recordExpiredCertificatesWorkflow = createWorkflow(
  "ocop-record-expired-certificates",
  (input: { at: Date }) => {
    const result = recordExpiredCertificatesStep(input)
    const eventData = transform({ result }, ({ result }) => result.productIds.map((id) => ({ id })))
    emitEventStep({ eventName: "ocop.product.left_sale", data: eventData })
    return new WorkflowResponse(result)
  }
)
