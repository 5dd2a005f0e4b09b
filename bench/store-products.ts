/**
 * Medusa's store product routes with the OCOP rule and, when a second backend
 * runs with OCOP_BENCH_WITHOUT_RULE=1 on the same data, without it (Medusa alone).
 * Stand-alone, against a running backend (npm start in another terminal):
 *   npm run bench:store          (BACKEND_WITHOUT_RULE_URL=... adds the comparison)
 */
import { load, measure, Stats } from "./lib"
import { latency, markdown, ratio } from "./table"
import { attachedBackend, Backend, backendAt, call, runMain, STANDALONE_CLIENTS } from "./target"

export type StoreRow = { route: string; clients: number; rule: Stats; alone?: Stats }

const ORDERS = ["created_at", "-created_at", "title", "-title"]
const WORDS = ["keo", "mat ong", "tra", "gao", "nuoc mam", "ca phe", "dua", "banh", "ruou", "mien"]

/**
 * The cases: a mix of 200 distinct list queries (45 pages in 4 orders, 20 word
 * filters) asked again and again as shoppers do (each seen once before the
 * measured round), the same list with every query distinct (nothing to reuse),
 * and lookups by handle and by id over 200 products, repeated.
 */
async function cases(b: Backend) {
  const region = (await call(b, "GET", "/store/regions")).regions[0].id
  const first = await call(b, "GET", "/store/products?limit=200&fields=id,handle")
  const ids: string[] = first.products.map((p: any) => p.id)
  const handles: string[] = first.products.map((p: any) => p.handle)
  const page = `/store/products?limit=12&region_id=${region}`
  const mix = [
    ...ORDERS.flatMap((o) => Array.from({ length: 45 }, (_, n) => `${page}&order=${o}&offset=${n * 12}`)),
    ...WORDS.flatMap((w) => [0, 12].map((off) => `${page}&q=${encodeURIComponent(w)}&offset=${off}`)),
  ]
  // pages after the mix's 45, so no distinct query is one the mix made before
  const pages = Math.max(Math.floor(first.count / 12) - 46, 1)
  const routes: [string, (i: number) => string, boolean][] = [
    [`list, page of 12 with prices: a mix of ${mix.length} queries, repeated`, (i) => mix[(i * 7) % mix.length], true],
    [
      "list, page of 12 with prices: every query distinct",
      (i) => `${page}&order=${ORDERS[Math.floor(i / pages) % ORDERS.length]}&offset=${(45 + (i % pages)) * 12}`,
      false,
    ],
    ["list by handle", (i) => `/store/products?handle=${handles[i % handles.length]}&region_id=${region}`, true],
    ["detail by id", (i) => `/store/products/${ids[i % ids.length]}?region_id=${region}`, true],
  ]
  return { count: first.count as number, routes, mix }
}

/** Every query of a repeated case asked once, as shoppers had before: the measured round then repeats them. */
async function seenBefore(b: Backend, path: (i: number) => string, n: number) {
  await load((i) => b.base + path(i), { total: n, concurrency: 4, headers: b.headers })
}

/** Each case runs on the rule's backend, then at once on Medusa alone, so both see the same machine load. */
export async function benchStoreProducts(rule: Backend, alone: Backend | undefined, clients: number[]) {
  const { count, routes, mix } = await cases(rule)
  const aloneCount = alone ? (await call(alone, "GET", "/store/products?limit=1&fields=id")).count : undefined
  const rows: StoreRow[] = []
  for (const [route, path, repeated] of routes) {
    if (repeated) for (const b of alone ? [rule, alone] : [rule]) await seenBefore(b, path, Math.max(mix.length, 200))
    for (const n of clients) {
      const onRule = await measure((i) => rule.base + path(i), n, rule.headers)
      const onAlone = alone ? await measure((i) => alone.base + path(i), n, alone.headers) : undefined
      rows.push({ route, clients: n, rule: onRule, alone: onAlone })
    }
  }
  return { count, aloneCount: aloneCount as number | undefined, rows }
}

export function storeTable(rows: StoreRow[]): string {
  return markdown(
    ["route", "clients", "with the rule", "Medusa alone", "p50 ratio", "p95 ratio"],
    rows.map((r) => [
      r.route,
      r.clients,
      latency(r.rule),
      latency(r.alone),
      r.alone ? ratio(r.rule.p50, r.alone.p50) : "-",
      r.alone ? ratio(r.rule.p95, r.alone.p95) : "-",
    ])
  )
}

if (require.main === module) {
  runMain(async () => {
    const rule = attachedBackend()
    const aloneUrl = process.env.BACKEND_WITHOUT_RULE_URL
    const result = await benchStoreProducts(
      rule,
      aloneUrl ? backendAt(aloneUrl, rule.headers["x-publishable-api-key"]) : undefined,
      STANDALONE_CLIENTS
    )
    console.log(`${result.count} sellable products at ${rule.base}; p50 / p95 in ms\n`)
    console.log(storeTable(result.rows))
  })
}
