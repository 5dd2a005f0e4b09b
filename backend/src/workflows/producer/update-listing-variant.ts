import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"

export type UpdateListingVariantInput = {
  variant_id: string
  inventory_item_id?: string
  location_id: string
  title?: string
  price?: number
  stock?: number
}

/**
 * A producer changes one packaging of its listing: title, VND price, stock at
 * the warehouse. Medusa's workflows do the writes and undo them on failure.
 */
export const updateListingVariantWorkflow = createWorkflow(
  "ocop-update-listing-variant",
  (input: UpdateListingVariantInput) => {
    when({ input }, ({ input }) => input.title !== undefined || input.price !== undefined).then(() => {
      const update = transform({ input }, ({ input }) => ({
        selector: { id: input.variant_id },
        update: {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.price !== undefined ? { prices: [{ currency_code: "vnd", amount: input.price }] } : {}),
        },
      }))
      updateProductVariantsWorkflow.runAsStep({ input: update })
    })
    when({ input }, ({ input }) => input.stock !== undefined).then(() => {
      const levels = transform({ input }, ({ input }) => ({
        updates: [
          {
            inventory_item_id: input.inventory_item_id!,
            location_id: input.location_id,
            stocked_quantity: input.stock!,
          },
        ],
      }))
      updateInventoryLevelsWorkflow.runAsStep({ input: levels })
    })
    return new WorkflowResponse({ variant_id: input.variant_id })
  }
)
