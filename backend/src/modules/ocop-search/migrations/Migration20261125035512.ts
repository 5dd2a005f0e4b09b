import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125035512 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_search_document" ("id" text not null, "handle" text not null, "price" integer null, "price_band" text null, "in_stock" boolean not null, "stars" integer not null, "product_group" text not null, "producer_id" text not null, "producer_type" text not null, "province_code" text not null, "current_province_code" text not null, "expires_at" timestamptz not null, "listed_at" timestamptz not null, "title_text" text not null, "facts_text" text not null, "description_text" text not null, "document" jsonb not null, "hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_search_document_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_search_document_producer_id" ON "ocop_search_document" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_search_document_deleted_at" ON "ocop_search_document" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_search_document_current_province_code" ON "ocop_search_document" ("current_province_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_search_document_province_code" ON "ocop_search_document" ("province_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_search_document_expires_at" ON "ocop_search_document" ("expires_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_search_document" cascade;`)
  }
}
