import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct query on Medusa's order_cart, order, order_item, order_line_item,
 * order_shipping(_method), cart_payment_collection, payment_session,
 * shipping_option, service_zone, fulfillment_set and location_fulfillment_set
 * tables: what placing a new order's stock needs to know, at every checkout
 * (workflows/cart/hooks/pickup-placement.ts). Through Query it took four
 * graph calls across the order, cart, payment and fulfillment modules and
 * their links, about ten queries; here it is one.
 */

export type PlacementFacts = {
  order_id: string
  /** the order's lines at its current version */
  items: { id: string; variant_id: string; quantity: string | number; product_title: string }[]
  /** providers of the cart's payment sessions */
  providers: string[]
  /** the stock location of a pickup shipping option the order chose (null: delivered) */
  pickup_location_id: string | null
}

/** The facts of the order a completion of `cartId` made; null while no order is linked to the cart. */
export async function placementFacts(container: MedusaContainer, cartId: string): Promise<PlacementFacts | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `WITH o AS (
       SELECT ord.id, ord.version FROM order_cart l JOIN "order" ord ON ord.id = l.order_id AND ord.deleted_at IS NULL
        WHERE l.cart_id = :cartId AND l.deleted_at IS NULL LIMIT 1
     )
     SELECT o.id AS order_id,
       (SELECT coalesce(json_agg(json_build_object('id', li.id, 'variant_id', li.variant_id,
                                                   'quantity', oi.quantity, 'product_title', li.product_title)
                                 ORDER BY li.id), '[]')
          FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
         WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL) AS items,
       (SELECT coalesce(array_agg(DISTINCT s.provider_id), '{}') FROM cart_payment_collection cp
          JOIN payment_session s ON s.payment_collection_id = cp.payment_collection_id AND s.deleted_at IS NULL
         WHERE cp.cart_id = :cartId AND cp.deleted_at IS NULL) AS providers,
       (SELECT lf.stock_location_id
          FROM order_shipping os
          JOIN order_shipping_method sm ON sm.id = os.shipping_method_id AND sm.deleted_at IS NULL
          JOIN shipping_option so ON so.id = sm.shipping_option_id AND so.deleted_at IS NULL
          JOIN service_zone z ON z.id = so.service_zone_id AND z.deleted_at IS NULL
          JOIN fulfillment_set f ON f.id = z.fulfillment_set_id AND f.deleted_at IS NULL AND f.type = 'pickup'
          JOIN location_fulfillment_set lf ON lf.fulfillment_set_id = f.id AND lf.deleted_at IS NULL
         WHERE os.order_id = o.id AND os.version = o.version AND os.deleted_at IS NULL
         ORDER BY sm.id LIMIT 1) AS pickup_location_id
     FROM o`,
    { cartId }
  )
  return rows[0] ?? null
}
