import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/**
 * A product's OCOP certificates (current and history). The certificate stores
 * product_id itself, so this is a read-only link: no link table to keep in sync.
 */
export default defineLink(
  {
    linkable: ProductModule.linkable.product,
    field: "id",
    isList: true,
  },
  {
    ...OcopModule.linkable.ocopCertificate.id,
    primaryKey: "product_id",
  },
  { readOnly: true }
)
