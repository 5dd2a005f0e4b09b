import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * The version of what the store's product answers are made of, kept by
 * PostgreSQL itself: a deferred trigger on each of Medusa's and the OCOP
 * module's tables that such an answer reads renews a token at the commit of
 * the transaction that wrote it (migration 20261201153000). Every process
 * reads the token at each request, so an answer cached anywhere stops
 * answering the moment any process, the worker or a script commits a change,
 * with no event to lose or deliver late. Deferred to the commit, the one row
 * is locked last in a transaction and briefly, so writers never deadlock on it.
 */

/**
 * Tables whose rows a cached store answer reads (products, prices, rule,
 * provenance, channels, region, tax; the showrooms a product's availability names).
 */
const CATALOGUE =
  /^(product|price|image|ocop_certificate|ocop_producer|ocop_province|ocop_showroom$|sales_channel|publishable_api_key|api_key|region|tax_|currency|store|translation|locale)/
/** Tables of stock: what an answer with inventory quantities also reads. */
const STOCK = /^(inventory_|reservation_item|stock_location)/
/** The reviews module's tables (reviews, helpful votes, reports): what a product page's reviews show. */
const REVIEWS = /^ocop_review/

const scopeOf = (table: string) =>
  STOCK.test(table) ? "stock" : REVIEWS.test(table) ? "reviews" : CATALOGUE.test(table) ? "catalogue" : null

const TRIGGER = "ocop_store_version"

export type StoreVersion = {
  catalogue: string
  stock: string
  reviews: string
  /** the search index's own token (ocop-search's ocop_search_version), renewed after each write to the index */
  search: string
  triggers: number
}

/**
 * Puts the trigger on every such table that lacks it, and renews both tokens
 * when it had to (what was written meanwhile went unversioned, so every
 * process's entries must go). Run at a process's first cached answer, so link
 * tables created after the migrations are covered, and again whenever the
 * triggers read with the version are fewer than expected (a database restored
 * from an older backup). Under an advisory lock when two processes run it at
 * once. Answers how many triggers there are.
 */
export async function ensureStoreVersionTriggers(container: MedusaContainer): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return knex.transaction(async (trx: any) => {
    await trx.raw(`select pg_advisory_xact_lock(hashtext('ocop_store_version_triggers'))`)
    const { rows } = await trx.raw(
      `select t.table_name as name from information_schema.tables t
        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          and not exists (select 1 from pg_trigger g where g.tgrelid = (quote_ident(t.table_name))::regclass and g.tgname = ?)`,
      [TRIGGER]
    )
    const missing = (rows as { name: string }[])
      .map((r) => r.name)
      .filter((n) => n !== "ocop_store_version" && scopeOf(n))
    for (const name of missing) {
      const scope = scopeOf(name)
      await trx.raw(
        `create constraint trigger ${TRIGGER} after insert or update or delete on "${name}"
           deferrable initially deferred for each row execute function ocop_bump_store_version('${scope}')`
      )
    }
    if (missing.length) {
      await trx.raw(
        `update ocop_store_version set catalogue = floor(random() * 1e15)::bigint, stock = floor(random() * 1e15)::bigint,
           reviews = floor(random() * 1e15)::bigint where id = 1`
      )
    }
    const { rows: count } = await trx.raw(`select count(*)::int as n from pg_trigger where tgname = ?`, [TRIGGER])
    return count[0].n as number
  })
}

/** Every token, and how many tables carry the trigger now (a table without it would go unversioned). */
export async function readStoreVersion(container: MedusaContainer): Promise<StoreVersion> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select v.catalogue::text, v.stock::text, v.reviews::text,
            coalesce((select token from ocop_search_version where id = 1), '') as search,
            (select count(*)::int from pg_trigger where tgname = ?) as triggers
       from ocop_store_version v where v.id = 1`,
    [TRIGGER]
  )
  return rows[0]
}

/**
 * The next instant after `at` at which an answer can change with no write:
 * the earliest expiry of a certificate that keeps a product on sale, or a
 * price list starting or ending. Null when there is none.
 */
export async function nextTimedChange(container: MedusaContainer, at: Date): Promise<number | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select least(
       (select min(expires_at) from ocop_certificate where deleted_at is null and status = 'verified' and expires_at > :at),
       (select min(starts_at) from price_list where deleted_at is null and starts_at > :at),
       (select min(ends_at) from price_list where deleted_at is null and ends_at > :at)
     ) as next`,
    { at }
  )
  return rows[0]?.next ? new Date(rows[0].next).getTime() : null
}
