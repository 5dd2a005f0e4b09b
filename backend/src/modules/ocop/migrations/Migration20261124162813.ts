import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124162813 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_certificate_number_unique";`
    )
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`)
    this.addSql(
      `create table if not exists "ocop_producer" ("id" text not null, "name" text not null, "handle" text not null, "type" text check ("type" in ('household', 'enterprise', 'cooperative', 'cooperative_group')) not null, "tax_code" text null, "address" text null, "commune" text null, "province_code" text not null, "phone" text null, "email" text null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_certificate" ("id" text not null, "product_id" text not null, "product_name" text not null, "certificate_number" text not null, "decision_number" text not null, "issuing_authority" text not null, "level" text check ("level" in ('provincial', 'national')) not null, "stars" integer not null, "score" integer null, "product_group" text check ("product_group" in ('food', 'beverage', 'herbal', 'textile', 'souvenir_decor', 'tourism')) not null, "sub_group" text null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "potential_five_star" boolean not null default false, "status" text check ("status" in ('submitted', 'verified', 'rejected', 'revoked')) not null default 'submitted', "status_reason" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "evidence_url" text null, "commune" text not null, "province_code" text not null, "geographical_indication" text null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id" ON "ocop_certificate" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_certificate_number_unique" ON "ocop_certificate" ("certificate_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_expires_at" ON "ocop_certificate" ("expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_producer_id" ON "ocop_certificate" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_province" ("code" text not null, "name" text not null, "aliases" jsonb null, "current_code" text not null, "region" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_province_pkey" primary key ("code"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_province_current_code" ON "ocop_province" ("current_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_province_deleted_at" ON "ocop_province" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_sale_event" ("id" text not null, "product_id" text not null, "certificate_id" text not null, "type" text check ("type" in ('verified', 'rejected', 'revoked', 'expired')) not null, "reason" text null, "actor" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sale_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_event_product_id" ON "ocop_sale_event" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_event_certificate_id" ON "ocop_sale_event" ("certificate_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_event_deleted_at" ON "ocop_sale_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_certificate" add constraint "ocop_certificate_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_producer_id_foreign";`
    )

    this.addSql(`drop table if exists "ocop_producer" cascade;`)

    this.addSql(`drop table if exists "ocop_certificate" cascade;`)

    this.addSql(`drop table if exists "ocop_province" cascade;`)

    this.addSql(`drop table if exists "ocop_sale_event" cascade;`)
  }
}
