import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"

type Pair = { product_id: string; producer_id: string }

/**
 * A certificate belongs to the producer that owns the product. A product with
 * no producer yet is linked to the certificate's producer; a product owned by
 * another producer is refused, so no producer's name lands on another's product.
 */
export const ensureProductProducerStep = createStep(
  "ocop-ensure-product-producer",
  async (pairs: Pair[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // read through the product's link field: importing the link definition here
    // would register it a second time when tests load this workflow
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "ocop_producer.id"],
      filters: { id: [...new Set(pairs.map((p) => p.product_id))] },
    })
    const owner = new Map(data.filter((p: any) => p.ocop_producer).map((p: any) => [p.id, p.ocop_producer.id]))
    const mismatch = pairs.find((p) => owner.has(p.product_id) && owner.get(p.product_id) !== p.producer_id)
    if (mismatch) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Sản phẩm ${mismatch.product_id} thuộc một chủ thể khác (the product belongs to another producer)`
      )
    }
    const missing = [...new Map(pairs.filter((p) => !owner.has(p.product_id)).map((p) => [p.product_id, p])).values()]
    const links = missing.map((p) => ({
      [Modules.PRODUCT]: { product_id: p.product_id },
      [OCOP_MODULE]: { ocop_producer_id: p.producer_id },
    }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
