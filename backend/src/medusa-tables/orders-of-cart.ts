import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct query on Medusa's order, order_cart, cart, cart_payment_collection
 * and payment_session tables (they share this database): every order a
 * completion of one cart made, linked or not, and how far its payment got.
 * Query cannot filter orders on a metadata key, so it would load every order
 * of the store to find the ones a killed completion left unlinked.
 */

export type OrdersOfCart = {
  /** the order linked to the cart, if any */
  linked: string | null
  /** live orders whose metadata names the cart (linked or not) */
  named: string[]
  /** statuses of the cart's payment sessions */
  sessions: string[]
  /** whether the cart is marked completed */
  completed: boolean
}

export async function ordersNamingCart(container: MedusaContainer, key: string, cartId: string): Promise<OrdersOfCart> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT
         (SELECT l.order_id FROM order_cart l JOIN "order" o ON o.id = l.order_id AND o.deleted_at IS NULL
           WHERE l.cart_id = :cartId AND l.deleted_at IS NULL LIMIT 1) AS linked,
         (SELECT coalesce(array_agg(o.id), '{}') FROM "order" o
           WHERE o.metadata->>:key = :cartId AND o.deleted_at IS NULL) AS named,
         (SELECT coalesce(array_agg(s.status), '{}') FROM cart_payment_collection cp
            JOIN payment_session s ON s.payment_collection_id = cp.payment_collection_id AND s.deleted_at IS NULL
           WHERE cp.cart_id = :cartId AND cp.deleted_at IS NULL) AS sessions,
         (SELECT c.completed_at IS NOT NULL FROM cart c WHERE c.id = :cartId) AS completed`,
    { cartId, key }
  )
  const row = rows[0]
  return { linked: row.linked, named: row.named, sessions: row.sessions, completed: Boolean(row.completed) }
}
