/**
 * OCOP_BENCH_WITHOUT_RULE=1 exists only so `npm run bench` can time Medusa
 * alone on the same data, in a second backend process: Medusa's own store
 * product and cart routes without the OCOP rule, the answer cache, the
 * checkout queue and the cart hooks.
 *
 * It must never open a real store to uncertified products. Outside production
 * it is accepted as is (development and test databases). Under
 * NODE_ENV=production it is accepted only on the bench's own database: one
 * that carries the bench's marker, a per-database PostgreSQL setting that only
 * the bench writes (`ALTER DATABASE ... SET ocop.bench_database`, on the
 * embedded PostgreSQL of its .data-bench folder, see bench/system.ts). A
 * production database has no such setting, so there the switch is refused and
 * the process does not start; so it is when the database cannot be asked.
 */
import { spawnSync } from "node:child_process"

/** The per-database setting the bench writes on its own database, and its value. */
export const BENCH_MARKER_SETTING = "ocop.bench_database"
export const BENCH_MARKER_VALUE = "medusa-alone-comparison"

export type BenchModeEnv = { OCOP_BENCH_WITHOUT_RULE?: string; NODE_ENV?: string; DATABASE_URL?: string }

/**
 * Why the switch is refused, or null when it is off or accepted. `marker`
 * reads the database's bench marker (null when it has none); it is asked only
 * for the switch under production.
 */
export function benchModeRefusal(env: BenchModeEnv, marker: (databaseUrl: string) => string | null): string | null {
  if (env.OCOP_BENCH_WITHOUT_RULE !== "1" || env.NODE_ENV !== "production") return null
  const refused = "OCOP_BENCH_WITHOUT_RULE is for benchmarks only and is refused when NODE_ENV=production"
  if (!env.DATABASE_URL) return `${refused} (no DATABASE_URL to check for the bench's marker)`
  let value: string | null
  try {
    value = marker(env.DATABASE_URL)
  } catch (e: any) {
    return `${refused} (the database could not be checked for the bench's marker: ${e?.message ?? e})`
  }
  return value === BENCH_MARKER_VALUE
    ? null
    : `${refused} unless the database is the bench's own (${BENCH_MARKER_SETTING})`
}

/**
 * The database's bench marker, read before anything else of the backend loads
 * (the routes' middlewares are chosen at import): a short child process asks
 * PostgreSQL, the process waits for it. Throws when the database cannot be asked.
 */
export function readBenchMarker(databaseUrl: string): string | null {
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve("pg"))})
    const client = new Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 })
    client.connect()
      .then(() => client.query("SELECT current_setting($1, true) AS value", [${JSON.stringify(BENCH_MARKER_SETTING)}]))
      .then((r) => { process.stdout.write(JSON.stringify(r.rows[0].value ?? null)); return client.end() })
      .catch((e) => { process.stderr.write(String(e && e.message || e)); process.exit(1) })
  `
  const child = spawnSync(process.execPath, ["-e", script], {
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 15_000,
  })
  if (child.status !== 0) throw new Error(child.stderr?.trim() || child.error?.message || `exit ${child.status}`)
  return JSON.parse(child.stdout)
}

export const WITHOUT_MARKETPLACE = process.env.OCOP_BENCH_WITHOUT_RULE === "1"

const refusal = benchModeRefusal(process.env, readBenchMarker)
if (refusal) throw new Error(refusal)
if (WITHOUT_MARKETPLACE) {
  console.warn("[ocop] OCOP_BENCH_WITHOUT_RULE=1: Medusa's store routes without the marketplace (benchmark only)")
}
