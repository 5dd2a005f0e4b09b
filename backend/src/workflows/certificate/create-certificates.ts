import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CertificateInput, createCertificatesStep } from "./steps/create-certificates"
import { assertProductsExistStep } from "./steps/assert-products-exist"
import { ensureProductProducerStep } from "./steps/ensure-product-producer"

/** Records OCOP certificates for existing products (status "submitted" unless given). */
export const createCertificatesWorkflow = createWorkflow(
  "ocop-create-certificates",
  (input: { certificates: CertificateInput[] }) => {
    const productIds = transform({ input }, ({ input }) => input.certificates.map((c) => c.product_id))
    assertProductsExistStep(productIds)
    const pairs = transform({ input }, ({ input }) =>
      input.certificates.map((c) => ({ product_id: c.product_id, producer_id: c.producer_id }))
    )
    ensureProductProducerStep(pairs)
    const certificates = createCertificatesStep(input.certificates)
    const eventData = transform({ certificates }, ({ certificates }) =>
      certificates.map((c) => ({ id: c.id, product_id: c.product_id }))
    )
    emitEventStep({ eventName: "ocop.certificate.created", data: eventData })
    return new WorkflowResponse(certificates)
  }
)
