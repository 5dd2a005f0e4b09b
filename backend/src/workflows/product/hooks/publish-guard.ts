import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProductsSellable } from "../utils/assert-products-sellable"

// Publishing needs a valid certificate. The hooks run after the write inside the
// workflow, so throwing here rolls the product back through compensation.
const publishedIds = (products: { id: string; status?: string }[]) =>
  products.filter((p) => p.status === ProductStatus.PUBLISHED).map((p) => p.id)

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertProductsSellable(container, publishedIds(products as any))
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertProductsSellable(container, publishedIds(products as any))
})
