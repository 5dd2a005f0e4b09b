import { Modules } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import { assertProductsSellable, assertVariantsSellable } from "../../product/utils/assert-products-sellable"

// The marketplace rule on every cart path: only products with a valid OCOP
// certificate at this moment can enter a cart, change in it, or be ordered.

if (!WITHOUT_MARKETPLACE) {
  createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
    await assertVariantsSellable(
      container,
      (input.items ?? []).map((i: any) => i.variant_id)
    )
  })

  addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
    await assertVariantsSellable(
      container,
      (input.items ?? []).map((i: any) => i.variant_id)
    )
  })

  updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
    if (input.update?.quantity === 0) return // removing a line is always allowed
    const item = await container.resolve(Modules.CART).retrieveLineItem(input.item_id, { select: ["product_id"] })
    await assertProductsSellable(container, [item.product_id!])
  })

  completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
    await assertProductsSellable(
      container,
      ((cart as any).items ?? []).map((i: any) => i.product_id)
    )
  })
}
