/**
 * `npm run bench`: one run on this machine, one printed report (markdown tables).
 * Times a first `npm start` on an empty folder, then starts its own system on its
 * own data (.data-bench/: the demo catalogue plus a synthetic one, seeded once and
 * reused) and measures it under load; or attaches to BACKEND_URL. Stops all it started.
 *
 * Environment (all optional):
 *   BACKEND_URL, PUBLISHABLE_KEY       attach to a running backend instead of starting one
 *   STOREFRONT_URL                     with BACKEND_URL: also measure that storefront
 *   BACKEND_WITHOUT_RULE_URL           with BACKEND_URL: a backend with OCOP_BENCH_WITHOUT_RULE=1 for the ratio
 *   BENCH_PRODUCTS=20000               size of the synthetic catalogue
 *   BENCH_FIRST_START=0                skip timing a first start on an empty folder (prints the recorded one)
 *   BENCH_NPM_TEST=1                   also time `npm test` (minutes), after the bench's system has stopped
 *   BENCH_PARTS=store,cart             only these parts (store, search, cart, storefront, lighthouse; all by default)
 *   BENCH_CLUSTER=2                    run each Medusa server as 2 processes (`medusa start --cluster 2`), as
 *                                      OCOP_SERVERS=2 runs `npm run start:prod`
 *   BENCH_SERVERS=development          run both Medusa servers from the sources in development mode, not from
 *                                      the production build (`npm run build`, NODE_ENV=production: the default)
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "../scripts/lib/config"
import { freePort } from "../scripts/lib/embedded-postgres"
import { run } from "../scripts/lib/run"
import { benchCart, checkout } from "./checkout"
import { firstStart, Memory } from "./first-start"
import { benchFloor, pageAsSent } from "./floor"
import { benchLighthouse } from "./lighthouse"
import { fmt } from "./lib"
import { timeNpmTest } from "./npm-test"
import { records, seconds } from "./records"
import { render, Report } from "./report"
import { benchSearch } from "./search"
import { stockedVariants } from "./stock"
import { benchStoreProducts } from "./store-products"
import { benchStorefront } from "./storefront"
import { BenchSystem, CLUSTER, SERVER_MODE, startBenchSystem } from "./system"
import { attachedBackend, Backend, backendAt, call } from "./target"

const DATA = path.join(ROOT, ".data-bench")
const LOGS = path.join(DATA, "logs")
const CLIENTS = [1, 32]
// the issue's search target is set at 16 and 32 clients
const SEARCH_CLIENTS = [1, 16, 32]
const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 20000)
const PARTS = new Set((process.env.BENCH_PARTS || "store,search,cart,storefront,lighthouse").split(","))
const say = (m: string) => console.error(`[bench] ${m}`) // progress on stderr, the report on stdout
const stops: (() => Promise<void>)[] = [] // what this run started, last first
const env = (name: string) => (process.env[name] ? `${name}=${process.env[name]} ` : "")
const mb = (m: { rss: number; pss: number }) => `${fmt(m.rss)} MB RSS (${fmt(m.pss)} MB PSS)`

async function stopAll() {
  while (stops.length) await stops.pop()!().catch((e) => say(`stopping: ${e?.message ?? e}`))
}

function memoryRows(label: string, parts: Memory): [string, string][] {
  const total = Object.values(parts).reduce((a, p) => ({ rss: a.rss + p.rss, pss: a.pss + p.pss }), { rss: 0, pss: 0 })
  return [
    [`${label}: total`, mb(total)],
    ...Object.entries(parts).map(([name, p]): [string, string] => [
      `  ${name}, ${p.processes} process${p.processes === 1 ? "" : "es"}`,
      mb(p),
    ]),
  ]
}

/** `npm start` on an empty folder to "ready", as on a user's first start (admin dashboard on). */
async function timeFirstStart(dir: string, system: [string, string][]) {
  say(`first start of npm start's script on an empty folder (${path.relative(ROOT, dir)})`)
  const f = await firstStart(dir, path.join(LOGS, "first-start.log"))
  records(DATA).set("first start", f.seconds)
  system.push([
    "first `npm start` (empty data folder: initdb, migrations, demo seed, search index, admin user; the storefront build only if its sources changed) to ready",
    `${f.seconds.toFixed(1)} s`,
  ])
  system.push(
    ...memoryRows(
      "memory of `npm start` right after that first start (demo catalogue, admin dashboard on, not opened)",
      f.memory
    )
  )
}

/**
 * `npm run seed -- --synthetic N` on the bench's data: migrates when the schema
 * changed, and creates only the products not there yet (all of them, once).
 */
async function seedSynthetic() {
  const log = path.join(LOGS, "seed.log")
  say(
    `synthetic catalogue of ${PRODUCTS} products (the first time 5 to 15 minutes; output in ${path.relative(ROOT, log)})`
  )
  const t0 = performance.now()
  const output = await run(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/seed.ts"), "--synthetic", String(PRODUCTS)],
    {
      cwd: ROOT,
      env: { ...process.env, OCOP_DATA_DIR: DATA, OCOP_PG_PORT: String(await freePort()) },
      quiet: true, // the report goes to stdout; the loader logs every event
    }
  )
  fs.writeFileSync(log, output)
  const created = Number(/(\d+) to create/.exec(output)?.[1] ?? 0)
  if (created === PRODUCTS) records(DATA).set(`synthetic ${PRODUCTS}`, (performance.now() - t0) / 1000)
}

async function main() {
  const report: Report = {
    command: `${env("BACKEND_URL")}${env("BENCH_PRODUCTS")}${env("BENCH_FIRST_START")}${env("BENCH_NPM_TEST")}${env("BENCH_PARTS")}${env("BENCH_SERVERS")}npm run bench`,
    startedAt: new Date(),
    seconds: 0,
    load: [os.loadavg()[0], 0],
    system: [],
  }
  const t0 = performance.now()
  let rule: Backend
  let alone: Backend | undefined
  let storefrontUrl = process.env.STOREFRONT_URL
  let system: BenchSystem | undefined
  if (process.env.BACKEND_URL) {
    rule = attachedBackend()
    const aloneUrl = process.env.BACKEND_WITHOUT_RULE_URL
    alone = aloneUrl ? backendAt(aloneUrl, rule.headers["x-publishable-api-key"]) : undefined
    report.system.push(["first `npm start` to ready", seconds(records(DATA).get("first start"), false)])
  } else {
    // a fresh bench folder gets its demo catalogue, admin user and key from that first start
    const fresh = !fs.existsSync(path.join(DATA, "postgres", "PG_VERSION"))
    const throwaway = path.join(DATA, "first-start")
    if (fresh) await timeFirstStart(DATA, report.system)
    else if (process.env.BENCH_FIRST_START !== "0") {
      await timeFirstStart(throwaway, report.system)
      fs.rmSync(throwaway, { recursive: true, force: true })
    } else report.system.push(["first `npm start` to ready", seconds(records(DATA).get("first start"), false)])
    await seedSynthetic()
    say("starting PostgreSQL, the Medusa server with and without the rule, the storefront")
    const s = (system = await startBenchSystem(DATA, LOGS))
    stops.push(() => s.stop())
    report.system.push([
      "the bench's system (PostgreSQL, two Medusa servers, the storefront) to ready",
      `${s.readySeconds.toFixed(1)} s`,
    ])
    report.system.push([
      "both Medusa servers",
      (SERVER_MODE === "production"
        ? "`medusa start` from the production build (backend/.medusa/server, NODE_ENV=production)"
        : "`medusa start` in development mode (BENCH_SERVERS=development)") +
        (CLUSTER > 1 ? `, ${CLUSTER} processes each (--cluster ${CLUSTER})` : ", 1 process each"),
    ])
    rule = backendAt(s.backendUrl, s.key)
    alone = backendAt(s.withoutRuleUrl, s.key)
    storefrontUrl = s.storefrontUrl
  }

  const part = (name: string) => PARTS.has(name)
  if (part("store")) {
    say("store product routes")
    report.store = await benchStoreProducts(rule, alone, CLIENTS)
  }
  if (system && part("store")) {
    say("the floor: PostgreSQL and a bare Node server")
    const region = (await call(rule, "GET", "/store/regions")).regions[0].id
    // asked until it comes as a repeated query's answer does: from the cache, gzipped (made at its first hit)
    const pageUrl = `${rule.base}/store/products?limit=12&region_id=${region}`
    let page = await pageAsSent(pageUrl, rule.headers)
    for (let i = 0; i < 5 && !page.encoding; i++) {
      await new Promise((r) => setTimeout(r, 200))
      page = await pageAsSent(pageUrl, rule.headers)
    }
    report.floor = {
      bytes: page.body.length,
      encoding: page.encoding,
      rows: await benchFloor(system.databaseUrl, page, CLIENTS),
    }
  }
  if (part("search")) {
    say("search")
    report.search = await benchSearch(rule, SEARCH_CLIENTS)
  }
  if (part("cart")) {
    say("cart and checkout")
    report.cart = await benchCart(rule, alone, await stockedVariants(rule, 64, 1000), CLIENTS)
  }
  await system?.stopWithoutRule() // no longer needed: free its memory and CPU
  const { products } = await call(rule, "GET", "/store/products?limit=500&offset=2000&fields=handle")
  if (storefrontUrl && part("storefront")) {
    say("storefront")
    const region = (await call(rule, "GET", "/store/regions")).regions[0].id
    const [variant] = await stockedVariants(rule, 1, 1000)
    report.storefront = await benchStorefront(
      storefrontUrl,
      CLIENTS,
      products.map((p: any) => p.handle),
      () => checkout(rule, region, variant)
    )
  }
  if (storefrontUrl && part("lighthouse")) {
    say("Lighthouse")
    report.lighthouse = await benchLighthouse(storefrontUrl, rule, products[0].handle)
  }
  if (system)
    report.system.push(
      ...memoryRows(
        `memory after the load (${report.store?.count ?? `${PRODUCTS} synthetic`} products, admin dashboard off)`,
        system.memory()
      )
    )
  else report.system.push(["memory", "not measured (attached to BACKEND_URL: the processes are not the bench's)"])
  await stopAll()

  const rec = records(DATA)
  if (process.env.BENCH_NPM_TEST === "1") {
    say("npm test")
    const t = await timeNpmTest(path.join(LOGS, "npm-test.log"))
    rec.set("npm test", t.seconds, t.detail)
  }
  const npmTest = rec.get("npm test")
  report.system.push([
    "`npm test`",
    npmTest
      ? seconds(npmTest, process.env.BENCH_NPM_TEST === "1")
      : "not run (BENCH_NPM_TEST=1 times it; docs/benchmarks.md has the last whole-suite times)",
  ])
  const seed = rec.get(`synthetic ${PRODUCTS}`)
  if (seed)
    report.system.push([
      `\`npm run seed -- --synthetic ${PRODUCTS}\` (on the bench's data, once)`,
      seconds(seed, false),
    ])
  report.seconds = (performance.now() - t0) / 1000
  report.load[1] = os.loadavg()[0]
  console.log(render(report))
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void stopAll().then(() => process.exit(130)))
main().catch(async (e) => {
  console.error(`[bench] ${e?.stack ?? e}`)
  await stopAll()
  process.exit(1)
})
