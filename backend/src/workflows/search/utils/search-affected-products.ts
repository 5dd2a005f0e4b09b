import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/** Events after which some products' search documents may be out of date. */
export const SEARCH_SYNC_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "order.placed",
  "order.canceled",
  "ocop.certificate.created",
  "ocop.certificate.status_changed",
  "ocop.product.left_sale",
  "ocop.producer.updated",
] as const

type EventData = { id?: string; product_id?: string }

async function productsOfInventoryItems(container: MedusaContainer, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: inventoryItemIds },
  })
  return data.flatMap((item: any) => (item.variants ?? []).map((v: any) => v.product_id))
}

/** The products an event touches, resolved through the modules that own the event's record. */
export async function productIdsForEvent(container: MedusaContainer, name: string, data: EventData): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const id = data?.id
  const graph = async (entity: string, fields: string[]) =>
    id ? (await query.graph({ entity, fields, filters: { id }, withDeleted: true } as any)).data : []

  switch (name) {
    case "product.created":
    case "product.updated":
    case "product.deleted":
    case "ocop.product.left_sale":
      return id ? [id] : []
    case "ocop.certificate.created":
    case "ocop.certificate.status_changed":
      return data.product_id ? [data.product_id] : []
    case "product-variant.created":
    case "product-variant.updated":
    case "product-variant.deleted":
      if (data.product_id) return [data.product_id]
      return (await graph("product_variant", ["product_id"])).map((v: any) => v.product_id)
    case "inventory-level.created":
    case "inventory-level.updated":
    case "inventory-level.deleted":
      return productsOfInventoryItems(
        container,
        (await graph("inventory_level", ["inventory_item_id"])).map((l: any) => l.inventory_item_id)
      )
    case "reservation-item.created":
    case "reservation-item.updated":
    case "reservation-item.deleted":
      return productsOfInventoryItems(
        container,
        (await graph("reservation_item", ["inventory_item_id"])).map((r: any) => r.inventory_item_id)
      )
    case "order.placed":
    case "order.canceled":
      return (await graph("order", ["items.product_id"])).flatMap((o: any) =>
        (o.items ?? []).map((i: any) => i.product_id)
      )
    case "ocop.producer.updated": {
      if (!id) return []
      const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
      const certificates = await ocop.listOcopCertificates({ producer_id: id } as any, {
        select: ["product_id"],
        take: null as any,
      })
      return certificates.map((c) => c.product_id)
    }
    default:
      return []
  }
}
