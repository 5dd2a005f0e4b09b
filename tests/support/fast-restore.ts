/**
 * Medusa's test runner restores a test file's database before every test by
 * dropping it and copying it again from a template: about 1.5 s here for
 * Medusa's 2,000-odd relation files, times every test of the suite. This puts
 * back, in place, only the tables a test changed, in one server-side call:
 *
 * - when the runner takes its template (after the suite's beforeAll), each
 *   table of `public` is also copied into the schema `ocop_snapshot` of the
 *   database itself, with its row count and the sequences' values;
 * - a table changed iff its row count differs or a row's xmin is a transaction
 *   that began after the last restore (so deletes, inserts and updates all
 *   show), other than the restore's own;
 * - changed tables are emptied and refilled from their copy with triggers and
 *   foreign keys off for the transaction (session_replication_role), so the
 *   order does not matter, and sequences are set back;
 * - a test that changed the schema itself (a fingerprint of the catalogue:
 *   tables, columns, triggers, constraints, functions) gets the runner's own
 *   full restore from its template, which has the copy too.
 *
 * The app's connections stay open; the runner's own restore cut them.
 */
import { Client } from "pg"

const TEMPLATE_MODULE = "@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template"

const SCHEMA_PARTS = `
    SELECT 'c:' || relname || ':' || relkind::text AS x FROM pg_class WHERE relnamespace = 'public'::regnamespace
    UNION ALL SELECT 'a:' || attrelid::regclass || ':' || attname || ':' || atttypid || ':' || attnotnull
      FROM pg_attribute JOIN pg_class c ON c.oid = attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND attnum > 0 AND NOT attisdropped
    UNION ALL SELECT 't:' || tgrelid::regclass || ':' || tgname || ':' || tgenabled::text
      FROM pg_trigger JOIN pg_class c ON c.oid = tgrelid WHERE c.relnamespace = 'public'::regnamespace
    UNION ALL SELECT 'k:' || conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT 'f:' || proname || ':' || md5(prosrc) FROM pg_proc WHERE pronamespace = 'public'::regnamespace`
const FINGERPRINT = `SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (${SCHEMA_PARTS}) parts`

/** Copies the tables and sequences into the schema ocop_snapshot and installs ocop_snapshot.restore(). */
const SNAPSHOT = `
DROP SCHEMA IF EXISTS ocop_snapshot CASCADE;
CREATE SCHEMA ocop_snapshot;
CREATE TABLE ocop_snapshot._tables (name text PRIMARY KEY, row_count bigint NOT NULL, columns text NOT NULL);
CREATE TABLE ocop_snapshot._sequences (name text PRIMARY KEY, last_value bigint, is_called boolean);
CREATE TABLE ocop_snapshot._meta (fingerprint text NOT NULL, since_xid bigint NOT NULL, restore_xid bigint NOT NULL);
CREATE TABLE ocop_snapshot._schema AS SELECT x FROM (${SCHEMA_PARTS}) parts;
DO $$
DECLARE r record; n bigint; cols text;
BEGIN
  FOR r IN SELECT c.oid, c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' LOOP
    EXECUTE format('CREATE TABLE ocop_snapshot.%I AS TABLE public.%I', r.relname, r.relname);
    EXECUTE format('SELECT count(*) FROM public.%I', r.relname) INTO n;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
      WHERE attrelid = r.oid AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
    INSERT INTO ocop_snapshot._tables VALUES (r.relname, n, cols);
  END LOOP;
  INSERT INTO ocop_snapshot._sequences
    SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value, last_value IS NOT NULL
    FROM pg_sequences WHERE schemaname = 'public';
END $$;
INSERT INTO ocop_snapshot._meta VALUES ((${FINGERPRINT}), txid_snapshot_xmin(txid_current_snapshot()), 0);

-- data_only: put the rows back even though the schema changed since (a trigger added, say)
CREATE FUNCTION ocop_snapshot.restore(data_only boolean DEFAULT false) RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
  r record; m record; n bigint; newer boolean; restored text[] := '{}';
BEGIN
  SELECT * INTO m FROM ocop_snapshot._meta;
  IF NOT data_only AND (${FINGERPRINT}) IS DISTINCT FROM m.fingerprint THEN
    RETURN 'schema changed: ' || (SELECT string_agg(d, ' ') FROM (
      (SELECT '+' || x AS d FROM (${SCHEMA_PARTS}) cur EXCEPT SELECT '+' || x FROM ocop_snapshot._schema)
      UNION ALL (SELECT '-' || x FROM ocop_snapshot._schema EXCEPT SELECT '-' || x FROM (${SCHEMA_PARTS}) cur)
      LIMIT 5) diff);
  END IF;
  SET LOCAL session_replication_role = replica;
  FOR r IN SELECT * FROM ocop_snapshot._tables LOOP
    EXECUTE format('SELECT count(*), coalesce(bool_or(xmin::text::bigint >= $1 AND xmin::text::bigint <> $2), false) FROM public.%I', r.name)
      INTO n, newer USING m.since_xid, m.restore_xid;
    IF n <> r.row_count OR newer THEN
      EXECUTE format('DELETE FROM public.%I', r.name);
      EXECUTE format('INSERT INTO public.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM ocop_snapshot.%I',
        r.name, r.columns, r.columns, r.name);
      restored := restored || r.name;
    END IF;
  END LOOP;
  FOR r IN SELECT * FROM ocop_snapshot._sequences LOOP
    IF r.is_called THEN PERFORM setval(r.name, r.last_value, true);
    ELSE PERFORM setval(r.name, (SELECT start_value FROM pg_sequences WHERE quote_ident(schemaname) || '.' || quote_ident(sequencename) = r.name), false);
    END IF;
  END LOOP;
  -- Rows written from now on by any transaction not yet begun, or still running, count as changes.
  UPDATE ocop_snapshot._meta SET since_xid = txid_snapshot_xmin(txid_current_snapshot()),
    restore_xid = txid_current() % 4294967296;
  RETURN array_to_string(restored, ',');
END
$fn$;
`

/** OCOP_FAST_RESTORE_VERIFY=1: after each restore, every table must equal its copy (names those that do not). */
const VERIFY = `
DO $$
DECLARE r record; differs text[] := '{}'; a text; b text;
BEGIN
  FOR r IN SELECT * FROM ocop_snapshot._tables LOOP
    EXECUTE format('SELECT md5(coalesce(string_agg(x::text, E''\n'' ORDER BY x::text), '''')) FROM (SELECT %s FROM public.%I) x', r.columns, r.name) INTO a;
    EXECUTE format('SELECT md5(coalesce(string_agg(x::text, E''\n'' ORDER BY x::text), '''')) FROM (SELECT %s FROM ocop_snapshot.%I) x', r.columns, r.name) INTO b;
    IF a <> b THEN differs := differs || r.name; END IF;
  END LOOP;
  IF cardinality(differs) > 0 THEN RAISE EXCEPTION 'restored tables differ from the snapshot: %', differs; END IF;
END $$`

/** The same SQL for another copy schema (a shared backend's catalogue as loaded: backend-app.ts). */
const inSchema = (sql: string, schema: string) => sql.replaceAll("ocop_snapshot", schema)

/** A client of a database on the test PostgreSQL (the DB_* settings the global setup wrote). */
export function connect(databaseName: string): Client {
  return new Client({
    host: process.env.DB_HOST ?? "localhost",
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    port: Number(process.env.DB_PORT ?? 5432),
    database: databaseName,
  })
}

async function inDatabase<T>(databaseName: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = connect(databaseName)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

type Names = { databaseName: string; templateName: string }

/** Copies every table of the database into `schema` (beside the runner's own copy, ocop_snapshot). */
export async function snapshotInto(databaseName: string, schema: string): Promise<void> {
  await inDatabase(databaseName, (c) => c.query(inSchema(SNAPSHOT, schema)))
}

/**
 * Puts the database's rows back to what `schema` holds, in place, as between
 * two tests. A schema that changed since that copy keeps its change (the
 * backend adds the store version's trigger to a table it newly covers at its
 * first answer); the rows are what the suites share. A copied table whose
 * columns changed cannot be refilled: that fails with PostgreSQL's message.
 */
export async function restoreFrom(databaseName: string, schema: string): Promise<void> {
  const outcome = await inDatabase(
    databaseName,
    async (c) => (await c.query(`SELECT ${schema}.restore(true) AS outcome`)).rows[0].outcome as string
  )
  if (process.env.OCOP_FAST_RESTORE_VERIFY) await inDatabase(databaseName, (c) => c.query(inSchema(VERIFY, schema)))
  if (process.env.OCOP_FAST_RESTORE_LOG)
    console.error(`[fast-restore] back to ${schema}: ${outcome || "nothing changed"}`)
}

/** Replaces the runner's template functions (it calls them through this module's exports). */
export function useFastRestore(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the runner's own CommonJS module
  const mod = require(TEMPLATE_MODULE)
  if (mod.__ocopFastRestore) return
  const fullSnapshot = mod.createPostgresDatabaseTemplate
  const fullRestore = mod.restorePostgresDatabaseFromTemplate
  mod.createPostgresDatabaseTemplate = async (names: Names) => {
    await inDatabase(names.databaseName, (c) => c.query(SNAPSHOT))
    await fullSnapshot(names)
  }
  mod.restorePostgresDatabaseFromTemplate = async (names: Names) => {
    const started = Date.now()
    const outcome = await inDatabase(names.databaseName, async (c) => {
      try {
        return (await c.query("SELECT ocop_snapshot.restore() AS outcome")).rows[0].outcome as string
      } catch (e: any) {
        return `failed: ${e.message}`
      }
    })
    const full = outcome.startsWith("schema changed") || outcome.startsWith("failed:")
    if (full) await fullRestore(names)
    if (process.env.OCOP_FAST_RESTORE_VERIFY) await inDatabase(names.databaseName, (c) => c.query(VERIFY))
    if (process.env.OCOP_FAST_RESTORE_LOG)
      console.error(
        `[fast-restore] ${Date.now() - started} ms${full ? " (full)" : ""}: ${outcome || "nothing changed"}`
      )
  }
  mod.__ocopFastRestore = true
}
