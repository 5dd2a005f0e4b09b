import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124164732 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_email_unique";`
    )
    this.addSql(
      `alter table if exists "ocop_producer_invite" drop constraint if exists "ocop_producer_invite_token_unique";`
    )
    this.addSql(
      `create table if not exists "ocop_producer_invite" ("id" text not null, "producer_id" text not null, "email" text not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_producer_id" ON "ocop_producer_invite" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_token_unique" ON "ocop_producer_invite" ("token") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_deleted_at" ON "ocop_producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ocop_producer_member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_email_unique" ON "ocop_producer_member" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_producer_id" ON "ocop_producer_member" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_deleted_at" ON "ocop_producer_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "ocop_producer_member" add constraint "ocop_producer_member_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "ocop_producer" add column if not exists "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'approved', add column if not exists "commission_bps" integer not null default 1000;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_invite" cascade;`)

    this.addSql(`drop table if exists "ocop_producer_member" cascade;`)

    this.addSql(
      `alter table if exists "ocop_producer" drop column if exists "status", drop column if exists "commission_bps";`
    )
  }
}
