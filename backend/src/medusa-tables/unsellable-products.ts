import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
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

const UNPUBLISHED = Object.values(ProductStatus).filter((s) => s !== ProductStatus.PUBLISHED)

/**
 * Products a search index may still hold although they are not on sale at `at`,
 * because a sync lagged or failed: unpublished or deleted products, and products
 * whose certificate was revoked or deleted before its expiry with no other to
 * keep them on sale (a lapsed certificate needs no list: the engines filter on
 * expiry). Small by nature: what left sale early. One statement whose every part
 * starts from an index (Medusa's IDX_product_status and IDX_product_deleted_at,
 * the OCOP module's IDX_ocop_certificate_left_sale) and probes certificates by
 * product (LATERAL ... LIMIT 1, so the planner cannot turn a few probes into a
 * scan of every certificate): it costs the same on 80 products as on 20,000.
 */
export async function listProductsOffSaleBeforeExpiry(container: MedusaContainer, at = new Date()): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const unpublished = knex("product").select("id").whereIn("status", UNPUBLISHED).whereNull("deleted_at")
  // deleted products accumulate: only those a live certificate could have kept in the index
  const liveCertificate = knex("ocop_certificate as c")
    .select(knex.raw("1"))
    .whereRaw("c.product_id = d.id")
    .whereNull("c.deleted_at")
    .andWhere("c.expires_at", ">", at)
    .limit(1)
  const deleted = knex.raw(`select d.id from product d cross join lateral ? live where d.deleted_at is not null`, [
    liveCertificate,
  ])
  const leftEarly = knex("ocop_certificate")
    .distinct("product_id")
    .where((w: any) => w.where("status", "revoked").orWhereNotNull("deleted_at"))
    .andWhere("expires_at", ">", at)
  const stillSellable = whereCertificateSellable(
    knex("ocop_certificate as s").select(knex.raw("1 as ok")).whereRaw("s.product_id = l.product_id"),
    at,
    "s"
  ).limit(1)
  const revoked = knex.raw(`select l.product_id from ? l left join lateral ? v on true where v.ok is null`, [
    leftEarly,
    stillSellable,
  ])
  const { rows } = await knex.raw(`? union ? union ?`, [unpublished, deleted, revoked])
  return rows.map((r: { id: string }) => r.id)
}
