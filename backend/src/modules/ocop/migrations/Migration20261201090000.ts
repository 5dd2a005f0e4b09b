import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Certificates that left sale before their expiry (revoked, deleted): few, found by index at every search. */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_left_sale" ON "ocop_certificate" ("product_id") WHERE status = 'revoked' OR deleted_at IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_left_sale";`)
  }
}
