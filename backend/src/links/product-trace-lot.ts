import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

/** A product's production lots. The lot stores product_id itself: a read-only link. */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id", isList: true },
  { ...TraceabilityModule.linkable.ocopTraceLot.id, primaryKey: "product_id" },
  { readOnly: true }
)
