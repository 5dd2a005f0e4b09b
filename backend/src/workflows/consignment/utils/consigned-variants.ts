import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../links/product-producer"

export type ConsignedVariant = {
  variant_id: string
  product_id: string
  product_title: string
  producer_id: string
  inventory_item_id: string
}

/** For each variant: its product, the product's producer and its inventory item. Unknown variants are a 400. */
export async function resolveConsignedVariants(
  container: MedusaContainer,
  variantIds: string[]
): Promise<Map<string, ConsignedVariant>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(variantIds)]
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.title", "inventory_items.inventory_item_id"],
    filters: { id: ids },
  })
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id", "ocop_producer_id"],
    filters: { product_id: variants.map((v: any) => v.product_id) },
  })
  const producerOf = new Map(links.map((l: any) => [l.product_id, l.ocop_producer_id]))
  const result = new Map<string, ConsignedVariant>()
  for (const v of variants as any[]) {
    const inventoryItemId = v.inventory_items?.[0]?.inventory_item_id
    const producerId = producerOf.get(v.product_id)
    if (!inventoryItemId || !producerId) continue
    result.set(v.id, {
      variant_id: v.id,
      product_id: v.product_id,
      product_title: v.product?.title ?? v.product_id,
      producer_id: producerId,
      inventory_item_id: inventoryItemId,
    })
  }
  const unknown = ids.filter((id) => !result.has(id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Không tìm thấy sản phẩm OCOP cho mã ${unknown.join(", ")} (unknown variant)`
    )
  }
  return result
}
