import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A producer's name and description in English, for the English storefront (empty: the Vietnamese is shown). */
export class Migration20261201130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_producer" add column if not exists "name_en" text null, add column if not exists "description_en" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_producer" drop column if exists "name_en", drop column if exists "description_en";`
    )
  }
}
