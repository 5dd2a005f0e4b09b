/**
 * The search route on whatever catalogue the running backend holds (e.g. after
 * `npm run seed -- --synthetic 20000`), then a full reindex:
 *   npm start   (in another terminal)
 *   npm run bench:search
 * Prints p50/p95 latency and throughput at 1 and 16 concurrent clients for a
 * mix of typed queries and facet filters (repeated, as shoppers repeat them,
 * and with every search cold), and the full-reindex time.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fmt, load } from "./lib"
import { settings } from "../scripts/lib/config"

const cfg = settings()
const base = process.env.BACKEND_URL || `http://localhost:${cfg.backendPort}`
const keyFile = path.resolve(__dirname, "../.data/publishable-key")
const key = process.env.PUBLISHABLE_KEY || (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : "")
const headers = { "x-publishable-api-key": key }

// what shoppers type: plain words, no diacritics, typos, provinces old and new, codes
const TYPED = [
  "keo dua", "kẹo dừa bến tre", "vai thieu", "vai thieuu", "ST25", "Vĩnh Long", "ben tre", "banh pia",
  "nuoc mam", "ca phe", "mat ong", "tra", "gao", "dua", "che thai nguyen", "mam tom", "sam ngoc linh", "do",
]
const FILTERS = [
  "stars_min=4", "stars=5", "province=vinh-long", "province=ben-tre", "province=ha-noi&stars_min=4",
  "group=beverage", "producer_type=cooperative&sort=price_asc", "price_min=100000&price_max=300000",
  "in_stock=true&sort=newest", "sort=stars_desc&page=3",
]
const MIXED = [...TYPED.map((q) => `q=${encodeURIComponent(q)}`), ...FILTERS, ...TYPED.slice(0, 6).map((q, i) => `q=${encodeURIComponent(q)}&${FILTERS[i]}`)]

async function main() {
  if (!key) throw new Error("No publishable key: start the marketplace (npm start) first, or set PUBLISHABLE_KEY.")
  const all = await (await fetch(`${base}/store/ocop/search?limit=1`, { headers })).json()
  console.log(`catalogue: ${all.total} products on sale, engine ${all.engine}, at ${base}`)

  // the engine keeps recent answers for a few seconds; a price floor that differs
  // on every request (and excludes nothing: 0 to 999 dong) makes each one a cold search
  const cold = (query: string, i: number) => `${query}&price_min=${i % 1000}`
  const cases: [string, string[], boolean][] = [
    ["typed queries", TYPED.map((q) => `q=${encodeURIComponent(q)}`), false],
    ["facet filters", FILTERS, false],
    ["mix", MIXED, false],
    ["mix, every search cold", MIXED.filter((q) => !q.includes("price_")), true],
  ]
  console.log(["case", "clients", "p50 ms", "p95 ms", "req/s", "errors"].join("\t"))
  for (const [name, queries, uncached] of cases) {
    for (const concurrency of [1, 16]) {
      let n = 0
      const url = (i: number) => {
        const query = queries[i % queries.length]
        return `${base}/store/ocop/search?${uncached ? cold(query, n++) : query}`
      }
      await load(url, { total: 40, concurrency, headers }) // warm-up
      const r = await load(url, { total: concurrency === 1 ? 200 : 800, concurrency, headers })
      console.log([name, concurrency, fmt(r.p50), fmt(r.p95), fmt(r.rps), r.errors].join("\t"))
    }
  }

  // a full reindex on the running database, as `npm run reindex` does it
  const databaseUrl = cfg.externalDatabaseUrl || `postgres://postgres:postgres@localhost:${cfg.pgPort}/${cfg.databaseName}`
  const started = performance.now()
  const out = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.resolve(__dirname, "../scripts/reindex.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  })
  const line = (out.stdout + out.stderr).split("\n").find((l) => l.includes("products indexed")) ?? (out.stdout + out.stderr).slice(-500)
  console.log(`full reindex (npm run reindex, including Medusa's boot): ${((performance.now() - started) / 1000).toFixed(1)} s`)
  console.log(line.replace(/^.*\[search\]/, "  [search]"))
}

main().catch((e) => {
  console.error(e.message ?? e)
  process.exit(1)
})
