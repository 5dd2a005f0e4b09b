import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { listingOptionsAndVariants, ListingVariant } from "./utils/listing-variants"
import { OCOP_MODULE } from "../../modules/ocop"

export type ProducerProductInput = {
  producer_id: string
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
  product: {
    title: string
    subtitle?: string | null
    description?: string | null
    handle?: string
    weight?: number | null
    images?: string[]
    variants: ListingVariant[]
  }
}

/**
 * A producer's new listing: always a draft (it goes on sale only when published
 * with a verified certificate), owned by the producer through the module link,
 * with its stock at the marketplace warehouse.
 */
export const createProducerProductWorkflow = createWorkflow(
  "ocop-create-producer-product",
  (input: ProducerProductInput) => {
    const productData = transform({ input }, ({ input }) => {
      const p = input.product
      return [
        {
          title: p.title,
          subtitle: p.subtitle ?? undefined,
          description: p.description ?? undefined,
          handle: p.handle,
          weight: p.weight ?? undefined,
          status: ProductStatus.DRAFT,
          thumbnail: p.images?.[0],
          images: (p.images ?? []).map((url) => ({ url })),
          shipping_profile_id: input.shipping_profile_id,
          sales_channels: [{ id: input.sales_channel_id }],
          ...listingOptionsAndVariants(p.variants),
        },
      ]
    })
    const products = createProductsWorkflow.runAsStep({ input: { products: productData } })

    const links = transform({ products, input }, ({ products, input }) => [
      {
        [Modules.PRODUCT]: { product_id: products[0].id },
        [OCOP_MODULE]: { ocop_producer_id: input.producer_id },
      },
    ])
    createRemoteLinkStep(links)

    const variantIds = transform({ products }, ({ products }) => products[0].variants.map((v: any) => v.id))
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    }).config({ name: "ocop-producer-product-variants" })
    const levels = transform({ variants, input }, ({ variants, input }) => ({
      inventory_levels: variants.map((v: any) => ({
        inventory_item_id: v.inventory_items[0].inventory_item_id,
        location_id: input.stock_location_id,
        stocked_quantity: input.product.variants.find((x) => x.sku === v.sku)?.stock ?? 0,
      })),
    }))
    createInventoryLevelsWorkflow.runAsStep({ input: levels })

    const product = transform({ products }, ({ products }) => products[0])
    return new WorkflowResponse(product)
  }
)
