/**
 * Medusa's store product routes with the OCOP rule and, when a second backend
 * runs with OCOP_BENCH_WITHOUT_RULE=1 on the same data, without it (Medusa alone).
 * Stand-alone, against a running backend (npm start in another terminal):
 *   npm run bench:store          (BACKEND_WITHOUT_RULE_URL=... adds the comparison)
 */
import { Stats, measure } from "./lib"
import { latency, markdown, ratio } from "./table"
import { attachedBackend, Backend, backendAt, call, runMain, STANDALONE_CLIENTS } from "./target"

export type StoreRow = { route: string; clients: number; rule: Stats; alone?: Stats }

/** The three routes, with ids and handles of sellable products so both backends find them. */
async function cases(b: Backend) {
  const region = (await call(b, "GET", "/store/regions")).regions[0].id
  const first = await call(b, "GET", "/store/products?limit=200&fields=id,handle")
  const ids: string[] = first.products.map((p: any) => p.id)
  const handles: string[] = first.products.map((p: any) => p.handle)
  const routes: [string, (i: number) => string][] = [
    ["list, page of 12 with prices", (i) => `/store/products?limit=12&offset=${(i * 12) % 2000}&region_id=${region}`],
    ["list by handle", (i) => `/store/products?handle=${handles[i % handles.length]}&region_id=${region}`],
    ["detail by id", (i) => `/store/products/${ids[i % ids.length]}?region_id=${region}`],
  ]
  return { count: first.count as number, routes }
}

/** Each case runs on the rule's backend, then at once on Medusa alone, so both see the same machine load. */
export async function benchStoreProducts(rule: Backend, alone: Backend | undefined, clients: number[]) {
  const { count, routes } = await cases(rule)
  const aloneCount = alone ? (await call(alone, "GET", "/store/products?limit=1&fields=id")).count : undefined
  const rows: StoreRow[] = []
  for (const [route, path] of routes) {
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
