import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { marketplaceSetup } from "../../../../marketplace-setup"
import { updateListingVariantWorkflow } from "../../../../../../workflows/producer/update-listing-variant"
import type { ProducerRequest } from "../../../../../utils/middlewares/producer-context"
import { assertOwnProduct } from "../../../../helpers"

/** Change the title, price (whole dong) or stock of one of the producer's own variants. */
export async function POST(
  req: ProducerRequest<{ title?: string; price?: number; stock?: number }>,
  res: MedusaResponse
) {
  await assertOwnProduct(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "inventory_items.inventory_item_id"],
    filters: { id: req.params.variant_id },
  })
  const variant = data[0] as any
  if (!variant || variant.product_id !== req.params.id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy quy cách ${req.params.variant_id} (variant not found)`
    )
  }
  const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
  if (req.validatedBody.stock !== undefined && !inventoryItemId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Quy cách này không quản lý tồn kho (this variant's stock is not managed)"
    )
  }
  const { stockLocationId } = await marketplaceSetup(req.scope)
  await updateListingVariantWorkflow(req.scope).run({
    input: {
      variant_id: variant.id,
      inventory_item_id: inventoryItemId,
      location_id: stockLocationId,
      ...req.validatedBody,
    },
  })
  const { data: after } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "prices.amount",
      "prices.currency_code",
      "inventory_items.inventory.location_levels.stocked_quantity",
    ],
    filters: { id: variant.id },
  })
  res.json({ variant: after[0] })
}
