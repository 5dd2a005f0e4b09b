import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Fails with a clear message when any of the given product ids does not exist. */
export const assertProductsExistStep = createStep(
  "ocop-assert-products-exist",
  async (productIds: string[], { container }) => {
    const unique = [...new Set(productIds)]
    const products = await container.resolve(Modules.PRODUCT).listProducts({ id: unique }, { select: ["id"] })
    const found = new Set(products.map((p) => p.id))
    const missing = unique.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không tìm thấy sản phẩm ${missing.join(", ")} (product not found)`
      )
    }
    return new StepResponse(undefined)
  }
)
