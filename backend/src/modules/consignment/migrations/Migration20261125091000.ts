import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A counter sale's client key, unique per showroom, so a double-submitted sale is recorded once. */
export class Migration20261125091000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_counter_sale" add column if not exists "client_reference" text null;`)
    this.addSql(
      `create unique index if not exists "IDX_ocop_counter_sale_client_reference" on "ocop_counter_sale" ("showroom_id", "client_reference") where "client_reference" is not null and "deleted_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_counter_sale_client_reference";`)
    this.addSql(`alter table if exists "ocop_counter_sale" drop column if exists "client_reference";`)
  }
}
