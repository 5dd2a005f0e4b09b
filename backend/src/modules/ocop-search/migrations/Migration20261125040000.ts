import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Full text for the embedded engine, which DML cannot express: a weighted
 * tsvector over the folded text columns (title A, facts B, description C)
 * with a GIN index, and the word list that typo tolerance looks words up in
 * (fuzzystrmatch's levenshtein, a trusted contrib extension).
 */
export class Migration20261125040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists fuzzystrmatch;`)
    this
      .addSql(`alter table "ocop_search_document" add column if not exists "search_vector" tsvector generated always as (
      setweight(to_tsvector('simple'::regconfig, "title_text"), 'A') ||
      setweight(to_tsvector('simple'::regconfig, "facts_text"), 'B') ||
      setweight(to_tsvector('simple'::regconfig, "description_text"), 'C')) stored;`)
    this.addSql(
      `create index if not exists "IDX_ocop_search_document_vector" on "ocop_search_document" using gin ("search_vector");`
    )
    this.addSql(
      `create table if not exists "ocop_search_term" ("word" text not null, constraint "ocop_search_term_pkey" primary key ("word"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_search_term";`)
    this.addSql(`drop index if exists "IDX_ocop_search_document_vector";`)
    this.addSql(`alter table "ocop_search_document" drop column if exists "search_vector";`)
  }
}
