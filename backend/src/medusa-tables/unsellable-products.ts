import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { whereCertificateSellable } from "../modules/ocop/lib/validity"

/*
 * Direct queries across Medusa's product table and the OCOP module's
 * certificates, which share this database: the rule's SQL form
 * (whereCertificateSellable) in an anti-join answers "which products are off
 * sale" for the whole catalogue in one query at the instant of the request;
 * Query would load every product and certificate to answer it in JavaScript.
 */

/** An id filter that matches nothing: Medusa would read an empty id list as "no filter". */
export const NO_PRODUCT = "__no_sellable_product__"

/**
 * Published products that the OCOP rule keeps off sale at `at`: no verified,
 * unexpired certificate of 3+ stars. This is the exception list (normally a
 * handful), so the store list can exclude it instead of naming every sellable
 * product. The rule spans two modules (product, OCOP) that share this database,
 * so one anti-join answers it exactly at request time in milliseconds.
 */
export async function listUnsellablePublishedProductIds(
  container: MedusaContainer,
  at = new Date()
): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("product as p")
    .select("p.id")
    .where("p.status", "published")
    .whereNull("p.deleted_at")
    .whereNotExists(
      whereCertificateSellable(
        knex("ocop_certificate as c").select(knex.raw("1")).whereRaw("c.product_id = p.id"),
        at,
        "c"
      )
    )
  return rows.map((r) => r.id)
}

/**
 * Products not on sale at `at` although a decided certificate of theirs has not
 * reached its expiry: revoked or deleted certificates, unpublished or deleted
 * products. These are the ones a search index may still hold when a sync lags
 * or fails (lapsed certificates need no list: the engines filter on expiry).
 * Small by nature (what left sale early), and one query across the two modules.
 */
export async function listProductsOffSaleBeforeExpiry(container: MedusaContainer, at = new Date()): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const onSale = knex("product as p")
    .select(knex.raw("1"))
    .whereRaw("p.id = c.product_id")
    .where("p.status", "published")
    .whereNull("p.deleted_at")
    .whereExists(
      whereCertificateSellable(
        knex("ocop_certificate as s").select(knex.raw("1")).whereRaw("s.product_id = p.id"),
        at,
        "s"
      )
    )
  const rows: { product_id: string }[] = await knex("ocop_certificate as c")
    .distinct("c.product_id")
    .whereIn("c.status", ["verified", "revoked"])
    .andWhere("c.expires_at", ">", at)
    .whereNotExists(onSale)
  return rows.map((r) => r.product_id)
}
