/**
 * Store product routes with the OCOP rule, on whatever catalogue the running
 * backend holds (e.g. after `npm run seed -- --synthetic 20000`):
 *   npm start   (in another terminal)
 *   npm run bench:store
 * Prints p50/p95 latency and throughput at 1 and 16 concurrent clients.
 */
import fs from "node:fs"
import path from "node:path"
import { fmt, load } from "./lib"

const base = process.env.BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
const keyFile = path.resolve(__dirname, "../.data/publishable-key")
const key = process.env.PUBLISHABLE_KEY || (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : "")
const headers = { "x-publishable-api-key": key }

async function main() {
  if (!key) throw new Error("No publishable key: start the marketplace (npm start) first, or set PUBLISHABLE_KEY.")
  const regions = await (await fetch(`${base}/store/regions`, { headers })).json()
  const region = regions.regions[0].id
  const first = await (await fetch(`${base}/store/products?limit=200&fields=id,handle`, { headers })).json()
  const ids: string[] = first.products.map((p: any) => p.id)
  const handles: string[] = first.products.map((p: any) => p.handle)
  console.log(`catalogue: ${first.count} sellable products at ${base}`)

  const cases: [string, (i: number) => string][] = [
    ["list, page of 12 with prices", (i) => `${base}/store/products?limit=12&offset=${(i * 12) % 2000}&region_id=${region}`],
    ["list by handle", (i) => `${base}/store/products?handle=${handles[i % handles.length]}&region_id=${region}`],
    ["detail by id", (i) => `${base}/store/products/${ids[i % ids.length]}?region_id=${region}`],
  ]
  console.log(["route", "clients", "p50 ms", "p95 ms", "req/s", "errors"].join("\t"))
  for (const [name, url] of cases) {
    for (const concurrency of [1, 16]) {
      await load(url, { total: 20, concurrency, headers }) // warm-up
      const r = await load(url, { total: concurrency === 1 ? 100 : 400, concurrency, headers })
      console.log([name, concurrency, fmt(r.p50), fmt(r.p95), fmt(r.rps), r.errors].join("\t"))
    }
  }
}

main().catch((e) => {
  console.error(e.message ?? e)
  process.exit(1)
})
