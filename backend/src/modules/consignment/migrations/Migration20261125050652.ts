import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125050652 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_counter_sale" drop constraint if exists "ocop_counter_sale_receipt_unique";`
    )
    this.addSql(
      `create table if not exists "ocop_settlement" ("id" text not null, "producer_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "commission_bps" integer not null, "units" integer not null, "gross" integer not null, "commission" integer not null, "net" integer not null, "status" text check ("status" in ('draft', 'confirmed', 'paid')) not null default 'draft', "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_settlement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_producer_id" ON "ocop_settlement" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_showroom_id" ON "ocop_settlement" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_settlement_deleted_at" ON "ocop_settlement" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_counter_sale" ("id" text not null, "receipt" text not null, "payment_method" text check ("payment_method" in ('cash', 'card', 'bank_transfer')) not null, "total" integer not null, "staff" text not null, "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_counter_sale_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_counter_sale_receipt_unique" ON "ocop_counter_sale" ("receipt") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_sale_showroom_id" ON "ocop_counter_sale" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_sale_deleted_at" ON "ocop_counter_sale" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_settlement" add constraint "ocop_settlement_showroom_id_foreign" foreign key ("showroom_id") references "ocop_showroom" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "ocop_counter_sale" add constraint "ocop_counter_sale_showroom_id_foreign" foreign key ("showroom_id") references "ocop_showroom" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_settlement" cascade;`)

    this.addSql(`drop table if exists "ocop_counter_sale" cascade;`)
  }
}
