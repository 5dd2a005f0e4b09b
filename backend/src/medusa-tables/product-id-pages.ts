import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct query on Medusa's product table: a full reindex or drift check walks
 * every product id of a large catalogue; keyset pages of bare ids cost one
 * index scan each, where Query would load and hydrate every product record.
 */

/** Ids of every product (not deleted), in pages, for a full reindex or a drift check. */
export async function* productIdPages(container: MedusaContainer, pageSize: number): AsyncGenerator<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let after = ""
  for (;;) {
    const rows: { id: string }[] = await knex("product")
      .select("id")
      .whereNull("deleted_at")
      .where("id", ">", after)
      .orderBy("id")
      .limit(pageSize)
    if (!rows.length) return
    yield rows.map((r) => r.id)
    after = rows[rows.length - 1].id
  }
}

export async function countProducts(container: MedusaContainer): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ count }] = await knex("product").count("id as count").whereNull("deleted_at")
  return Number(count)
}
