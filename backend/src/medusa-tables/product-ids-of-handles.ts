import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct query on Medusa's product table: the ids of live products with these
 * handles, in one index lookup. It runs on every storefront product page
 * (GET /store/products?handle=...) before Medusa's own query; through Query
 * or the product module it would load product records (and their defaults)
 * only to read their ids.
 */

/** The ids of the (not deleted) products with these handles. */
export async function productIdsOfHandles(container: MedusaContainer, handles: string[]): Promise<string[]> {
  const rows: { id: string }[] = await container
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)("product")
    .select("id")
    .whereIn("handle", handles)
    .whereNull("deleted_at")
  return rows.map((r) => r.id)
}
