import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { CertificateState, productCertificateState } from "../modules/ocop/lib/validity"

const REASONS: Record<Exclude<CertificateState, "valid"> | "none", { vi: string; en: string }> = {
  expired: { vi: "chứng nhận OCOP đã hết hạn", en: "its OCOP certificate has expired" },
  revoked: { vi: "chứng nhận OCOP đã bị thu hồi", en: "its OCOP certificate has been revoked" },
  rejected: { vi: "chứng nhận OCOP bị từ chối", en: "its OCOP certificate was rejected" },
  submitted: { vi: "chứng nhận OCOP chưa được xác minh", en: "its OCOP certificate is not verified yet" },
  below_three_stars: { vi: "sản phẩm chưa đạt 3 sao OCOP", en: "it is rated below 3 OCOP stars" },
  none: { vi: "sản phẩm chưa có chứng nhận OCOP", en: "it has no OCOP certificate" },
}

/** Why each of the given (unsellable) products cannot be sold at `at`. */
async function reasonsFor(ocop: OcopModuleService, productIds: string[], at: Date) {
  const certificates = await ocop.listOcopCertificates(
    { product_id: productIds },
    { select: ["product_id", "status", "stars", "expires_at", "issued_at"] }
  )
  return new Map(
    productIds.map((id) => {
      const { state } = productCertificateState(certificates.filter((c) => c.product_id === id) as any[], at)
      return [id, (state === "valid" ? "none" : state) as keyof typeof REASONS]
    })
  )
}

/**
 * Throws a clear 400 naming each product that cannot be sold right now.
 * Used by every path that puts a product in a cart or turns a cart into an order.
 */
export async function assertProductsSellable(container: MedusaContainer, productIds: string[], at = new Date()) {
  const unique = [...new Set(productIds.filter(Boolean))]
  if (!unique.length) return
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const sellable = new Set(await ocop.listSellableProductIds(at, unique))
  const blocked = unique.filter((id) => !sellable.has(id))
  if (!blocked.length) return
  const products = await container.resolve(Modules.PRODUCT).listProducts({ id: blocked }, { select: ["id", "title"] })
  const titles = new Map(products.map((p) => [p.id, p.title]))
  const reasons = await reasonsFor(ocop, blocked, at)
  const vi = blocked.map((id) => `"${titles.get(id) ?? id}" (${REASONS[reasons.get(id)!].vi})`).join(", ")
  const en = blocked.map((id) => `"${titles.get(id) ?? id}" (${REASONS[reasons.get(id)!].en})`).join(", ")
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Sản phẩm không còn được bán: ${vi}. Products that cannot be sold: ${en}.`
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
