import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201115925 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_trace_code" drop constraint if exists "ocop_trace_code_code_unique";`)
    this.addSql(
      `alter table if exists "ocop_trace_lot" drop constraint if exists "ocop_trace_lot_producer_id_lot_code_unique";`
    )
    this.addSql(
      `create table if not exists "ocop_trace_lot" ("id" text not null, "producer_id" text not null, "product_id" text not null, "lot_code" text not null, "produced_on" timestamptz not null, "best_before" timestamptz not null, "quantity" integer not null, "notes" text null, "stamp_mode" text check ("stamp_mode" in ('unit', 'lot')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_trace_lot_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_lot_producer_id" ON "ocop_trace_lot" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_lot_product_id" ON "ocop_trace_lot" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_lot_deleted_at" ON "ocop_trace_lot" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_trace_lot_producer_id_lot_code_unique" ON "ocop_trace_lot" ("producer_id", "lot_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_trace_code" ("id" text not null, "code" text not null, "unit" integer null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_trace_code_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_trace_code_code_unique" ON "ocop_trace_code" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_code_lot_id" ON "ocop_trace_code" ("lot_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_code_deleted_at" ON "ocop_trace_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_trace_scan" ("id" text not null, "code" text not null, "code_id" text null, "place" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_trace_scan_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_scan_deleted_at" ON "ocop_trace_scan" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_scan_code_id" ON "ocop_trace_scan" ("code_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_scan_code" ON "ocop_trace_scan" ("code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_trace_code" add constraint "ocop_trace_code_lot_id_foreign" foreign key ("lot_id") references "ocop_trace_lot" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_trace_code" drop constraint if exists "ocop_trace_code_lot_id_foreign";`)

    this.addSql(`drop table if exists "ocop_trace_lot" cascade;`)

    this.addSql(`drop table if exists "ocop_trace_code" cascade;`)

    this.addSql(`drop table if exists "ocop_trace_scan" cascade;`)
  }
}
