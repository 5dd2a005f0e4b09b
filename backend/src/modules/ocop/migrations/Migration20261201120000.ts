import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Login and sign-up limits shared by every backend process when there is no
 * Redis: rate-limiter-flexible's PostgreSQL store, in the table layout it
 * expects (api/utils/rate-limits.ts).
 */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE TABLE IF NOT EXISTS "ocop_rate_limit" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "ocop_rate_limit";`)
  }
}
