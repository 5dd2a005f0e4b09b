import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Indexes for the embedded engine's hot paths (measured on 20,000 products):
 * facet counts read only a covering index (index-only scan: 29 ms -> 11 ms),
 * and each sort walks its own index with LIMIT instead of sorting every
 * match (26 ms -> 0.2 ms for a filter-only page).
 */
export class Migration20261125050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "IDX_ocop_search_document_facets" on "ocop_search_document" ("expires_at") include ("current_province_code", "province_code", "stars", "product_group", "producer_type", "price_band", "price", "in_stock", "producer_id") where deleted_at is null;`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_search_document_by_stars" on "ocop_search_document" ("stars" desc, "listed_at" desc, "id") where deleted_at is null;`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_search_document_by_price" on "ocop_search_document" ("price" asc nulls last, "id") where deleted_at is null;`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_search_document_by_price_desc" on "ocop_search_document" ("price" desc nulls last, "id") where deleted_at is null;`
    )
    this.addSql(
      `create index if not exists "IDX_ocop_search_document_by_listed" on "ocop_search_document" ("listed_at" desc, "id") where deleted_at is null;`
    )
    this.addSql(`create index if not exists "IDX_ocop_search_term_length" on "ocop_search_term" (length("word"));`)
  }

  override async down(): Promise<void> {
    for (const name of ["facets", "by_stars", "by_price", "by_price_desc", "by_listed"]) {
      this.addSql(`drop index if exists "IDX_ocop_search_document_${name}";`)
    }
    this.addSql(`drop index if exists "IDX_ocop_search_term_length";`)
  }
}
