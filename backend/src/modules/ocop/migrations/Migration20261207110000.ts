import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A third token beside the catalogue and the stock: the reviews (rows, votes,
 * reports), which the storefront's product pages show and its page cache
 * keys on (api/store/ocop/page-version). The trigger function now moves the
 * column its scope names, so a scope is one more column, not one more branch.
 */
export class Migration20261207110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ocop_store_version" add column if not exists "reviews" bigint not null default 0;`)
    this.addSql(`create or replace function ocop_bump_store_version() returns trigger language plpgsql as $$
      declare scope text := TG_ARGV[0];
      begin
        -- once per transaction and scope: a seed of 20,000 rows moves the counter once
        if current_setting('ocop.store_version_' || scope, true) is distinct from '1' then
          perform set_config('ocop.store_version_' || scope, '1', true);
          -- a random token, not a count: a database restored from a backup brings its own token back
          execute format('update ocop_store_version set %I = floor(random() * 1e15)::bigint where id = 1', scope);
        end if;
        return null;
      end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ocop_store_version" drop column if exists "reviews";`)
  }
}
