import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One staff record per email across showrooms (a login binds to one showroom), enforced by the database too. */
export class Migration20261125090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index if not exists "IDX_ocop_showroom_staff_email_unique" on "ocop_showroom_staff" (lower("email")) where "deleted_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_showroom_staff_email_unique";`)
  }
}
