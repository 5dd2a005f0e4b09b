import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { UNSELLABLE_REASON_TEXT } from "../../../modules/ocop/lib/sellability"

/**
 * Throws a clear 400 naming each product that cannot be sold right now, and why.
 * Used by every path that puts a product in a cart or turns a cart into an order.
 */
export async function assertProductsSellable(container: MedusaContainer, productIds: string[], at = new Date()) {
  const answers = await (container.resolve(OCOP_MODULE) as OcopModuleService).sellability(productIds, at)
  const blocked = [...answers.values()].filter((a) => !a.sellable)
  if (!blocked.length) return
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ id: blocked.map((b) => b.product_id) }, { select: ["id", "title"] })
  const titles = new Map(products.map((p) => [p.id, p.title]))
  const list = (lang: "vi" | "en") =>
    blocked
      .map((b) => `"${titles.get(b.product_id) ?? b.product_id}" (${UNSELLABLE_REASON_TEXT[b.reason!][lang]})`)
      .join(", ")
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Sản phẩm không còn được bán: ${list("vi")}. Products that cannot be sold: ${list("en")}.`
  )
}

export async function assertVariantsSellable(container: MedusaContainer, variantIds: string[], at = new Date()) {
  const unique = [...new Set(variantIds.filter(Boolean))]
  if (!unique.length) return
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: unique }, { select: ["id", "product_id"] })
  await assertProductsSellable(
    container,
    variants.map((v) => v.product_id!),
    at
  )
}
