import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** What was sent (one row per event and recipient, with its tries) and the recipients' opt-outs. */
export class Migration20261201121742 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_mail_delivery" ("id" text not null, "key" text not null, "to" text not null, "template" text not null, "message" jsonb not null, "status" text check ("status" in ('sending', 'sent', 'failed', 'gave_up')) not null default 'sending', "attempts" integer not null default 1, "next_attempt_at" timestamptz null, "last_error" text null, "notification_id" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_mail_delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_mail_delivery_key_unique" ON "ocop_mail_delivery" ("key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_mail_delivery_due" ON "ocop_mail_delivery" ("next_attempt_at") WHERE status IN ('sending', 'failed');`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_mail_delivery_deleted_at" ON "ocop_mail_delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "ocop_mail_preference" ("id" text not null, "email" text not null, "category" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_mail_preference_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_mail_preference_email_category" ON "ocop_mail_preference" ("email", "category") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_mail_preference_deleted_at" ON "ocop_mail_preference" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_mail_delivery" cascade;`)
    this.addSql(`drop table if exists "ocop_mail_preference" cascade;`)
  }
}
