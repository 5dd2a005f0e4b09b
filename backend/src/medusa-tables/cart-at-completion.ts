import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct query on Medusa's cart, cart_address, cart_shipping_method,
 * shipping_option, service_zone, fulfillment_set and location_fulfillment_set
 * tables, and the consignment module's showrooms: what the checks before a
 * completion need (api/utils/middlewares/vn-address.ts, and the stock queue's
 * key: the inventory items of the cart's lines), at every checkout. Through
 * Query they took three graph calls across the cart, product and fulfillment
 * modules and their links, and a showroom lookup; here they are two queries.
 */

export type CartAtCompletion = {
  completed_at: Date | null
  /** the cart_address row, or null */
  shipping_address: Record<string, unknown> | null
  /** whether a delivery (shipping method with an option) was chosen */
  has_shipping_method: boolean
  /** whether a chosen option is a pickup at one of the marketplace's showrooms */
  pickup_at_showroom: boolean
}

/** The cart as a completion sees it; null when there is no such cart. */
export async function cartAtCompletion(container: MedusaContainer, cartId: string): Promise<CartAtCompletion | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT c.completed_at,
       (SELECT row_to_json(a) FROM cart_address a WHERE a.id = c.shipping_address_id AND a.deleted_at IS NULL)
         AS shipping_address,
       EXISTS (SELECT 1 FROM cart_shipping_method m
                WHERE m.cart_id = c.id AND m.deleted_at IS NULL AND m.shipping_option_id IS NOT NULL)
         AS has_shipping_method,
       EXISTS (SELECT 1 FROM cart_shipping_method m
                 JOIN shipping_option so ON so.id = m.shipping_option_id AND so.deleted_at IS NULL
                 JOIN service_zone z ON z.id = so.service_zone_id AND z.deleted_at IS NULL
                 JOIN fulfillment_set f ON f.id = z.fulfillment_set_id AND f.deleted_at IS NULL AND f.type = 'pickup'
                 JOIN location_fulfillment_set lf ON lf.fulfillment_set_id = f.id AND lf.deleted_at IS NULL
                 JOIN ocop_showroom s ON s.stock_location_id = lf.stock_location_id AND s.deleted_at IS NULL
                WHERE m.cart_id = c.id AND m.deleted_at IS NULL)
         AS pickup_at_showroom
     FROM cart c WHERE c.id = :cartId AND c.deleted_at IS NULL`,
    { cartId }
  )
  return rows[0] ?? null
}

/** The inventory items the cart's lines take (the stock queue's keys), through the variants' links. */
export async function inventoryItemsOfCartLines(container: MedusaContainer, cartId: string): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT DISTINCT pvi.inventory_item_id FROM cart_line_item li
       JOIN product_variant_inventory_item pvi ON pvi.variant_id = li.variant_id AND pvi.deleted_at IS NULL
      WHERE li.cart_id = :cartId AND li.deleted_at IS NULL`,
    { cartId }
  )
  return rows.map((r: { inventory_item_id: string }) => r.inventory_item_id)
}
