import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct query on Medusa's order and order_cart tables: orders that name a
 * cart in their metadata but were never linked to it. An anti-join across the
 * order module's table and the cart-order link table (they share this
 * database), answered in one query; Query cannot filter on a missing link or
 * on a metadata key, so it would load every order of the store to find them.
 */

/** Live orders whose metadata[key] is this cart's id and that no order_cart link row joins to a cart. */
export async function unlinkedOrderIdsOfCart(
  container: MedusaContainer,
  key: string,
  cartId: string
): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("order as o")
    .select("o.id")
    .whereRaw("o.metadata->>? = ?", [key, cartId])
    .whereNull("o.deleted_at")
    .whereNotExists(
      knex("order_cart as l").select(knex.raw("1")).whereRaw("l.order_id = o.id").whereNull("l.deleted_at")
    )
  return rows.map((r) => r.id)
}
