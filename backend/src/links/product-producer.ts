import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** The producer (chủ thể) that owns a product; a producer owns many products. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, OcopModule.linkable.ocopProducer)
