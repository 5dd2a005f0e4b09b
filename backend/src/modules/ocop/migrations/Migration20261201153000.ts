import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The store's answer versions (medusa-tables/store-version.ts): one row, two
 * tokens, and the trigger function that moves them at the commit of any
 * transaction that wrote what a store product answer is made of. The triggers
 * themselves are put on Medusa's tables at start, once those tables exist.
 */
export class Migration20261201153000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_store_version" (
      "id" int primary key check ("id" = 1),
      "catalogue" bigint not null default 0,
      "stock" bigint not null default 0
    );`)
    this.addSql(`insert into "ocop_store_version" ("id") values (1) on conflict do nothing;`)
    this.addSql(`create or replace function ocop_bump_store_version() returns trigger language plpgsql as $$
      declare scope text := TG_ARGV[0];
      begin
        -- once per transaction and scope: a seed of 20,000 rows moves the counter once
        if current_setting('ocop.store_version_' || scope, true) is distinct from '1' then
          perform set_config('ocop.store_version_' || scope, '1', true);
          -- a random token, not a count: a database restored from a backup brings its own token back
          if scope = 'stock' then
            update ocop_store_version set stock = floor(random() * 1e15)::bigint where id = 1;
          else
            update ocop_store_version set catalogue = floor(random() * 1e15)::bigint where id = 1;
          end if;
        end if;
        return null;
      end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists ocop_bump_store_version() cascade;`)
    this.addSql(`drop table if exists "ocop_store_version";`)
  }
}
