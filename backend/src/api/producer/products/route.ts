import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { marketplaceSetup } from "../marketplace-setup"
import { saleStatusOf } from "../../utils/sale-status"
import { createProducerProductWorkflow } from "../../../workflows/producer/create-producer-product"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { ownProductIds } from "../helpers"
import { freeProductHandle } from "./product-handle"

export const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  // its English title, subtitle and description (title_en, subtitle_en, description_en)
  "metadata",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
]

/** The producer's own products, each with why it is or is not on sale. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const ids = await ownProductIds(req)
  if (!ids.length) return res.json({ products: [], count: 0 })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
  const sale = await saleStatusOf(req.scope, products as any[])
  res.json({ products: products.map((p: any) => ({ ...p, sale: sale.get(p.id) })), count: products.length })
}

/** A new listing, saved as a draft, under an ASCII handle made from its title unless it names one. */
export async function POST(req: ProducerRequest<any>, res: MedusaResponse) {
  const setup = await marketplaceSetup(req.scope)
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.id,
      sales_channel_id: setup.salesChannelId,
      stock_location_id: setup.stockLocationId,
      shipping_profile_id: setup.shippingProfileId,
      product: {
        ...req.validatedBody,
        handle: req.validatedBody.handle ?? (await freeProductHandle(req.scope, req.validatedBody.title)),
      },
    },
  })
  res.status(201).json({ product: result })
}
