import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The embedded engine's index version, shared by every process: a new token
 * after each write, so each server's cached answers end the moment any
 * process (the worker, a reindex) changes the index (lib/search-cache.ts).
 */
export class Migration20261201134711 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS "ocop_search_version" ("id" smallint PRIMARY KEY, "token" text NOT NULL);`)
    this.addSql(
      `INSERT INTO "ocop_search_version" ("id", "token") VALUES (1, gen_random_uuid()::text) ON CONFLICT ("id") DO NOTHING;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "ocop_search_version";`)
  }
}
