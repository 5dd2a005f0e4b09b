/**
 * The search route (GET /store/ocop/search) on whatever catalogue the backend holds.
 * Stand-alone, against a running backend (npm start in another terminal), with a
 * full reindex at the end:
 *   npm run bench:search
 */
import { spawnSync } from "node:child_process"
import path from "node:path"
import { measure, Stats } from "./lib"
import { latency, markdown } from "./table"
import { attachedBackend, Backend, call, runMain, STANDALONE_CLIENTS } from "./target"
import { ROOT, settings } from "../scripts/lib/config"

// what shoppers type: plain words, no diacritics, typos, provinces old and new, codes
const TYPED = [
  "keo dua",
  "kẹo dừa bến tre",
  "vai thieu",
  "vai thieuu",
  "ST25",
  "Vĩnh Long",
  "ben tre",
  "banh pia",
  "nuoc mam",
  "ca phe",
  "mat ong",
  "tra",
  "gao",
  "dua",
  "che thai nguyen",
  "mam tom",
  "sam ngoc linh",
  "do",
]
const FILTERS = [
  "stars_min=4",
  "stars=5",
  "province=vinh-long",
  "province=ben-tre",
  "province=ha-noi&stars_min=4",
  "group=beverage",
  "producer_type=cooperative&sort=price_asc",
  "price_min=100000&price_max=300000",
  "in_stock=true&sort=newest",
  "sort=stars_desc&page=3",
]
const words = (q: string) => `q=${encodeURIComponent(q)}`
const MIXED = [...TYPED.map(words), ...FILTERS, ...TYPED.slice(0, 6).map((q, i) => `${words(q)}&${FILTERS[i]}`)]
export const SEARCH_WORDS = TYPED

// The engine keeps an answer for a few seconds; a price floor that differs on every
// request (and excludes nothing: 0 to 999 dong) makes each search cold.
const CASES: [string, string[], boolean][] = [
  [`typed words (${TYPED.length}, incl. typos, provinces, "ST25"), repeated`, TYPED.map(words), false],
  [`facet filters (${FILTERS.length}), repeated`, FILTERS, false],
  ["mix of both, repeated", MIXED, false],
  ["mix, every search cold", MIXED.filter((q) => !q.includes("price_")), true],
]

export type SearchRow = { name: string; clients: number; stats: Stats }

export async function benchSearch(b: Backend, clients: number[]) {
  const all = await call(b, "GET", "/store/ocop/search?limit=1")
  const rows: SearchRow[] = []
  for (const [name, queries, cold] of CASES) {
    for (const n of clients) {
      const url = (i: number) => {
        const query = queries[i % queries.length]
        return `${b.base}/store/ocop/search?${cold ? `${query}&price_min=${i % 1000}` : query}`
      }
      rows.push({ name, clients: n, stats: await measure(url, n, b.headers, 200) })
    }
  }
  return { total: all.total as number, engine: all.engine as string, rows }
}

export const searchTable = (rows: SearchRow[]) =>
  markdown(
    ["searches", "clients", "p50 / p95 ms", "req/s"],
    rows.map((r) => [r.name, r.clients, latency(r.stats), r.stats.rate.toFixed(0)])
  )

/** `npm run reindex` on the running database, including Medusa's boot. */
function reindexSeconds(): string {
  const cfg = settings()
  const databaseUrl =
    cfg.externalDatabaseUrl || `postgres://postgres:postgres@localhost:${cfg.pgPort}/${cfg.databaseName}`
  const started = performance.now()
  const out = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.join(ROOT, "scripts/reindex.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  })
  const text = out.stdout + out.stderr
  const line = text.split("\n").find((l) => l.includes("products indexed")) ?? text.slice(-500)
  return `full reindex (npm run reindex, including Medusa's boot): ${((performance.now() - started) / 1000).toFixed(1)} s\n${line.replace(/^.*\[search\]/, "  [search]")}`
}

if (require.main === module) {
  runMain(async () => {
    const b = attachedBackend()
    const result = await benchSearch(b, STANDALONE_CLIENTS)
    console.log(`${result.total} products on sale, engine ${result.engine}, at ${b.base}\n`)
    console.log(searchTable(result.rows))
    console.log(reindexSeconds())
  })
}
