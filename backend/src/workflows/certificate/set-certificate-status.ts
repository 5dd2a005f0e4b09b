import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SetCertificateStatusInput, setCertificateStatusStep } from "./steps/set-certificate-status"

/**
 * The operator's review decision: verify or reject a submitted certificate, or
 * revoke a verified one (its product leaves sale at once: the rule is evaluated
 * per request). Each decision is recorded with who and when.
 */
export const setCertificateStatusWorkflow = createWorkflow(
  "ocop-set-certificate-status",
  (input: SetCertificateStatusInput) => {
    const certificate = setCertificateStatusStep(input)
    const eventData = transform({ certificate }, ({ certificate }) => ({
      id: certificate.id,
      product_id: certificate.product_id,
      status: certificate.status,
    }))
    emitEventStep({ eventName: "ocop.certificate.status_changed", data: eventData })
    return new WorkflowResponse(certificate)
  }
)
