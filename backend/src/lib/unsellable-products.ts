import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { whereCertificateSellable } from "../modules/ocop/lib/validity"

/** An id filter that matches nothing: Medusa would read an empty id list as "no filter". */
export const NO_PRODUCT = "__no_sellable_product__"

/**
 * Published products that the OCOP rule keeps off sale at `at`: no verified,
 * unexpired certificate of 3+ stars. This is the exception list (normally a
 * handful), so the store list can exclude it instead of naming every sellable
 * product. The rule spans two modules (product, OCOP) that share this database,
 * so one anti-join answers it exactly at request time in milliseconds.
 */
export async function listUnsellablePublishedProductIds(container: MedusaContainer, at = new Date()): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("product as p")
    .select("p.id")
    .where("p.status", "published")
    .whereNull("p.deleted_at")
    .whereNotExists(whereCertificateSellable(knex("ocop_certificate as c").select(knex.raw("1")).whereRaw("c.product_id = p.id"), at, "c"))
  return rows.map((r) => r.id)
}
