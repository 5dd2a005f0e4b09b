import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125050239 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_showroom_staff" drop constraint if exists "ocop_showroom_staff_activation_token_unique";`
    )
    this.addSql(
      `alter table if exists "ocop_consignment_agreement" drop constraint if exists "ocop_consignment_agreement_showroom_id_producer_id_unique";`
    )
    this.addSql(`alter table if exists "ocop_showroom" drop constraint if exists "ocop_showroom_handle_unique";`)
    this.addSql(
      `create table if not exists "ocop_showroom" ("id" text not null, "name" text not null, "handle" text not null, "address" text not null, "commune" text not null, "province_code" text not null, "opening_hours" text null, "phone" text null, "stock_location_id" text not null, "sales_channel_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_showroom_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_showroom_handle_unique" ON "ocop_showroom" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_showroom_deleted_at" ON "ocop_showroom" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_consignment_agreement" ("id" text not null, "producer_id" text not null, "commission_bps" integer not null, "consignment_days" integer not null default 90, "settlement_cycle" text check ("settlement_cycle" in ('monthly', 'fortnightly')) not null default 'monthly', "status" text check ("status" in ('active', 'ended')) not null default 'active', "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_consignment_agreement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_consignment_agreement_producer_id" ON "ocop_consignment_agreement" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_consignment_agreement_showroom_id" ON "ocop_consignment_agreement" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_consignment_agreement_deleted_at" ON "ocop_consignment_agreement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_consignment_agreement_showroom_id_producer_id_unique" ON "ocop_consignment_agreement" ("showroom_id", "producer_id") WHERE status = 'active' AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_showroom_staff" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('manager', 'clerk')) not null default 'clerk', "activation_token" text null, "activation_expires_at" timestamptz null, "activated_at" timestamptz null, "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_showroom_staff_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_showroom_staff_activation_token_unique" ON "ocop_showroom_staff" ("activation_token") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_showroom_staff_showroom_id" ON "ocop_showroom_staff" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_showroom_staff_deleted_at" ON "ocop_showroom_staff" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_stock_movement" ("id" text not null, "producer_id" text not null, "product_id" text not null, "variant_id" text not null, "kind" text check ("kind" in ('intake', 'sale', 'pickup', 'return', 'adjustment')) not null, "quantity" integer not null, "unit_price" integer null, "lot" text null, "best_before" timestamptz null, "reason" text null, "actor" text not null, "receipt" text null, "order_id" text null, "settlement_id" text null, "showroom_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stock_movement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_producer_id" ON "ocop_stock_movement" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_showroom_id" ON "ocop_stock_movement" ("showroom_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_deleted_at" ON "ocop_stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_showroom_id_variant_id" ON "ocop_stock_movement" ("showroom_id", "variant_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_consignment_agreement" add constraint "ocop_consignment_agreement_showroom_id_foreign" foreign key ("showroom_id") references "ocop_showroom" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "ocop_showroom_staff" add constraint "ocop_showroom_staff_showroom_id_foreign" foreign key ("showroom_id") references "ocop_showroom" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "ocop_stock_movement" add constraint "ocop_stock_movement_showroom_id_foreign" foreign key ("showroom_id") references "ocop_showroom" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_consignment_agreement" drop constraint if exists "ocop_consignment_agreement_showroom_id_foreign";`
    )

    this.addSql(
      `alter table if exists "ocop_showroom_staff" drop constraint if exists "ocop_showroom_staff_showroom_id_foreign";`
    )

    this.addSql(
      `alter table if exists "ocop_stock_movement" drop constraint if exists "ocop_stock_movement_showroom_id_foreign";`
    )

    this.addSql(`drop table if exists "ocop_showroom" cascade;`)

    this.addSql(`drop table if exists "ocop_consignment_agreement" cascade;`)

    this.addSql(`drop table if exists "ocop_showroom_staff" cascade;`)

    this.addSql(`drop table if exists "ocop_stock_movement" cascade;`)
  }
}
