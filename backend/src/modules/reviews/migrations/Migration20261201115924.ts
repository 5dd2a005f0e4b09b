import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201115924 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_review_vote" drop constraint if exists "ocop_review_vote_review_id_customer_id_unique";`
    )
    this.addSql(`alter table if exists "ocop_review" drop constraint if exists "ocop_review_line_item_id_unique";`)
    this.addSql(
      `create table if not exists "ocop_review" ("id" text not null, "product_id" text not null, "producer_id" text not null, "order_id" text not null, "line_item_id" text not null, "customer_id" text not null, "author_name" text not null, "rating" integer not null, "body" text not null, "photos" jsonb not null, "received_at" timestamptz not null, "edited_at" timestamptz null, "answer" text null, "answered_at" timestamptz null, "answered_by" text null, "hidden_at" timestamptz null, "hidden_reason" text null, "hidden_by" text null, "helpful_count" integer not null default 0, "report_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_review_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_product_id" ON "ocop_review" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_producer_id" ON "ocop_review" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_review_line_item_id_unique" ON "ocop_review" ("line_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_customer_id" ON "ocop_review" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_deleted_at" ON "ocop_review" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_product_id_created_at" ON "ocop_review" ("product_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_review_report" ("id" text not null, "reason" text not null, "customer_id" text null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_review_report_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_report_review_id" ON "ocop_review_report" ("review_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_report_deleted_at" ON "ocop_review_report" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_review_vote" ("id" text not null, "customer_id" text not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_review_vote_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_vote_review_id" ON "ocop_review_vote" ("review_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_review_vote_deleted_at" ON "ocop_review_vote" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_review_vote_review_id_customer_id_unique" ON "ocop_review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_review_report" add constraint "ocop_review_report_review_id_foreign" foreign key ("review_id") references "ocop_review" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "ocop_review_vote" add constraint "ocop_review_vote_review_id_foreign" foreign key ("review_id") references "ocop_review" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_review_report" drop constraint if exists "ocop_review_report_review_id_foreign";`
    )

    this.addSql(
      `alter table if exists "ocop_review_vote" drop constraint if exists "ocop_review_vote_review_id_foreign";`
    )

    this.addSql(`drop table if exists "ocop_review" cascade;`)

    this.addSql(`drop table if exists "ocop_review_report" cascade;`)

    this.addSql(`drop table if exists "ocop_review_vote" cascade;`)
  }
}
