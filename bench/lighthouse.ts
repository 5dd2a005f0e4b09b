/**
 * Lighthouse 12.2.3 (from npm) with Debian's Chromium, mobile emulation (its
 * default: a mid-range phone on a slow 4G link, simulated), on the home,
 * search, product and checkout pages (the checkout with one item in the cart).
 * Stand-alone, against a running storefront and backend (npm start):
 *   npm run bench:lighthouse
 * LIGHTHOUSE_RUNS=2 measures each page that many times (a row per run): on a
 * busy 2-core machine one run's performance score moves by 10 points or more.
 */
import os from "node:os"
import { settings } from "../scripts/lib/config"
import { markdown } from "./table"
import { attachedBackend, Backend, call, runMain } from "./target"

export type LighthouseRow = {
  page: string
  path: string
  scores: Record<string, number | null>
  /** the simulated metrics that make up the performance score (display values: "1.2 s", "150 ms") */
  metrics: Record<string, string>
  /** the machine's 1-minute load average when the page's run began (Lighthouse's CPU times scale with it) */
  load: number
  missed: string[]
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium"
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
} as const

/** A cart holding one unit of a product on sale, as the checkout page shows it. */
async function cartWithOneItem(b: Backend): Promise<string> {
  const region = (await call(b, "GET", "/store/regions")).regions[0].id
  const { products } = await call(b, "GET", "/store/products?limit=1&fields=id,*variants")
  const { cart } = await call(b, "POST", "/store/carts", { region_id: region })
  await call(b, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
  return cart.id
}

export async function benchLighthouse(storefront: string, backend: Backend, productHandle: string) {
  // ESM-only packages: imported when used
  const { default: lighthouse } = await import("lighthouse")
  const { launch } = await import("chrome-launcher")
  const cartId = await cartWithOneItem(backend)
  const pages: [string, string, Record<string, string>?][] = [
    ["home", "/vi"],
    ["search", "/vi/search?q=keo"],
    ["product", `/vi/products/${productHandle}`],
    ["checkout (one item)", "/vi/checkout", { Cookie: `ocop_cart_id=${cartId}` }],
  ]
  const chrome = await launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox"] })
  const rows: LighthouseRow[] = []
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 1))
  try {
    for (let run = 1; run <= runs; run++)
      for (const [name, path, extraHeaders] of pages) {
        const page = runs > 1 ? `${name}, run ${run}` : name
        // once unmeasured, so the page's server-side work and caches are warm as for a returning visitor
        await fetch(storefront + path, { headers: extraHeaders })
        const load = os.loadavg()[0]
        const result = await lighthouse(storefront + path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          extraHeaders,
        })
        const categories = result?.lhr.categories ?? {}
        const audits = result?.lhr.audits ?? {}
        // what cost points outside performance (whose audits are weighted metrics, shown by the score)
        const missed = CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
          (categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${audits[ref.id]!.title}`)
        )
        rows.push({
          load,
          metrics: Object.fromEntries(
            Object.entries(METRICS).map(([name, id]) => [
              name,
              audits[id]?.displayValue?.replace(/\u00a0/g, " ") ?? "-",
            ])
          ),
          missed,
          page,
          path,
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [c, categories[c]?.score == null ? null : Math.round(categories[c]!.score! * 100)])
          ),
        })
      }
  } finally {
    chrome.kill()
  }
  return rows
}

export function lighthouseTable(rows: LighthouseRow[]): string {
  const table = markdown(
    ["page", "path", ...CATEGORIES, ...Object.keys(METRICS), "load"],
    rows.map((r) => [
      r.page,
      `\`${r.path}\``,
      ...CATEGORIES.map((c) => r.scores[c] ?? "-"),
      ...Object.keys(METRICS).map((m) => r.metrics[m]),
      r.load.toFixed(1),
    ])
  )
  const missed = rows.filter((r) => r.missed.length).map((r) => `- ${r.page}: ${r.missed.join("; ")}`)
  return missed.length ? `${table}\n\nAudits that cost points:\n\n${missed.join("\n")}` : table
}

if (require.main === module) {
  runMain(async () => {
    const backend = attachedBackend()
    const storefront = process.env.STOREFRONT_URL || `http://localhost:${settings().storefrontPort}`
    const { products } = await call(backend, "GET", "/store/products?limit=1&fields=handle")
    console.log(lighthouseTable(await benchLighthouse(storefront, backend, products[0].handle)))
  })
}
