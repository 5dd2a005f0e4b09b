import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201120442 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_bank_transfer" drop constraint if exists "ocop_bank_transfer_source_transaction_id_unique";`
    )
    this.addSql(
      `alter table if exists "ocop_bank_payment" drop constraint if exists "ocop_bank_payment_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "ocop_bank_payment" drop constraint if exists "ocop_bank_payment_reference_unique";`
    )
    this.addSql(
      `create table if not exists "ocop_bank_payment" ("id" text not null, "reference" text not null, "order_id" text not null, "payment_id" text not null, "amount" integer not null, "received" integer not null default 0, "status" text check ("status" in ('awaiting', 'partial', 'paid', 'overpaid', 'expired')) not null default 'awaiting', "expires_at" timestamptz not null, "paid_at" timestamptz null, "marked_paid_by" text null, "marked_paid_at" timestamptz null, "refunded_amount" integer not null default 0, "refunded_by" text null, "refunded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_bank_payment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_bank_payment_reference_unique" ON "ocop_bank_payment" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_bank_payment_order_id_unique" ON "ocop_bank_payment" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_payment_deleted_at" ON "ocop_bank_payment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_payment_status_expires_at" ON "ocop_bank_payment" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_bank_rejection" ("id" text not null, "source" text not null, "reason" text check ("reason" in ('unauthorized', 'malformed', 'outgoing', 'other_account', 'altered')) not null, "status_code" integer not null, "transaction_id" text null, "detail" text not null, "body" text null, "remote_ip" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_bank_rejection_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_rejection_deleted_at" ON "ocop_bank_rejection" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_rejection_created_at" ON "ocop_bank_rejection" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_bank_transfer" ("id" text not null, "source" text not null, "transaction_id" text not null, "fingerprint" text not null, "gateway" text null, "account_number" text not null, "amount" integer not null, "content" text not null, "reference_code" text null, "transaction_date" text null, "reference" text null, "status" text check ("status" in ('matched', 'partial', 'overpaid', 'late', 'unmatched')) not null, "bank_payment_id" text null, "order_id" text null, "captured" integer not null default 0, "matched_by" text null, "matched_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_bank_transfer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_transfer_deleted_at" ON "ocop_bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_bank_transfer_source_transaction_id_unique" ON "ocop_bank_transfer" ("source", "transaction_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_transfer_status_created_at" ON "ocop_bank_transfer" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_bank_transfer_bank_payment_id" ON "ocop_bank_transfer" ("bank_payment_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_bank_payment" cascade;`)

    this.addSql(`drop table if exists "ocop_bank_rejection" cascade;`)

    this.addSql(`drop table if exists "ocop_bank_transfer" cascade;`)
  }
}
