import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124180414 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_certificate_number_unique";`)

    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_number_decided" ON "ocop_certificate" ("certificate_number") WHERE status IN ('verified', 'revoked') AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_number" ON "ocop_certificate" ("certificate_number") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_number_decided";`)
    this.addSql(`drop index if exists "IDX_ocop_certificate_number";`)

    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_certificate_number_unique" ON "ocop_certificate" ("certificate_number") WHERE deleted_at IS NULL;`
    )
  }
}
