import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

/** A product's reviews. The review stores product_id itself: a read-only link, no link table to keep in sync. */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id", isList: true },
  { ...ReviewsModule.linkable.ocopReview.id, primaryKey: "product_id" },
  { readOnly: true }
)
