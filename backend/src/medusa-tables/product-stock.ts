import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct queries on Medusa's product, inventory and sales-channel tables for a
 * product page's availability (GET /store/ocop/products/:id/availability, on
 * every storefront product page) and for where online stock is held
 * (`onlineStockLocations`: the availability, search documents, pickup). Through
 * Query the same answers cross three modules and their links, about ten
 * queries and 21 ms a product on the bench's catalogue (14.6 ms the product's
 * levels, 6.2 ms the sales channels' locations); here they are two.
 */

type Level = { location_id: string; stocked_quantity: string; reserved_quantity: string }
/** A variant in the shape of Query's `VARIANT_STOCK_FIELDS` (what `unitsAt` reads). */
export type VariantStock = {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_items: { required_quantity: string; inventory: { location_levels: Level[] } }[]
}

/** A live product's status and its variants' stock at every location; null when there is no such product. */
export async function productStock(
  container: MedusaContainer,
  productId: string
): Promise<{ status: string; variants: VariantStock[] } | null> {
  const { rows } = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT p.status, v.id AS variant_id, v.manage_inventory, v.allow_backorder,
            pvi.inventory_item_id, pvi.required_quantity, l.location_id, l.stocked_quantity, l.reserved_quantity
       FROM product p
       LEFT JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
       LEFT JOIN product_variant_inventory_item pvi ON pvi.variant_id = v.id AND pvi.deleted_at IS NULL
       LEFT JOIN inventory_item i ON i.id = pvi.inventory_item_id AND i.deleted_at IS NULL
       LEFT JOIN inventory_level l ON l.inventory_item_id = i.id AND l.deleted_at IS NULL
      WHERE p.id = ? AND p.deleted_at IS NULL
      ORDER BY v.variant_rank, v.id, pvi.inventory_item_id`,
    [productId]
  )
  if (!rows.length) return null
  const variants = new Map<string, VariantStock>()
  const items = new Map<string, VariantStock["inventory_items"][number]>()
  for (const r of rows) {
    if (!r.variant_id) continue
    let variant = variants.get(r.variant_id)
    if (!variant) {
      variant = {
        id: r.variant_id,
        manage_inventory: r.manage_inventory,
        allow_backorder: r.allow_backorder,
        inventory_items: [],
      }
      variants.set(r.variant_id, variant)
    }
    // a link to a deleted inventory item is no link (as Query leaves it out)
    if (!r.inventory_item_id) continue
    const key = `${r.variant_id} ${r.inventory_item_id}`
    let item = items.get(key)
    if (!item) {
      item = { required_quantity: r.required_quantity, inventory: { location_levels: [] } }
      items.set(key, item)
      variant.inventory_items.push(item)
    }
    if (r.location_id)
      item.inventory.location_levels.push({
        location_id: r.location_id,
        stocked_quantity: r.stocked_quantity,
        reserved_quantity: r.reserved_quantity,
      })
  }
  return { status: rows[0].status, variants: [...variants.values()] }
}

/** The live stock locations of every live sales channel. */
export async function salesChannelLocationIds(container: MedusaContainer): Promise<Set<string>> {
  const { rows } = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT DISTINCT l.stock_location_id
       FROM sales_channel_stock_location l
       JOIN sales_channel c ON c.id = l.sales_channel_id AND c.deleted_at IS NULL
       JOIN stock_location s ON s.id = l.stock_location_id AND s.deleted_at IS NULL
      WHERE l.deleted_at IS NULL`
  )
  return new Set(rows.map((r: { stock_location_id: string }) => r.stock_location_id))
}
