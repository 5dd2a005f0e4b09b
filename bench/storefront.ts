/**
 * The storefront's server (the production build behind its page cache, as `npm start` serves it):
 * time to the full response of the home, search and product pages, and the
 * JavaScript a product page loads. Stand-alone (npm start in another terminal):
 *   npm run bench:storefront
 */
import zlib from "node:zlib"
import { measure, Stats } from "./lib"
import { latency, markdown } from "./table"
import { runMain, STANDALONE_CLIENTS } from "./target"
import { SEARCH_WORDS } from "./search"
import { settings } from "../scripts/lib/config"

export type PageRow = { page: string; clients: number; stats: Stats }

const POPULAR = 20

/** Product handles linked from the home page, when the caller has none from the store API. */
async function handlesFromHome(base: string): Promise<string[]> {
  const home = await fetch(`${base}/vi`)
  if (!home.ok) throw new Error(`The storefront does not answer at ${base} (npm start first, or set STOREFRONT_URL)`)
  const handles = [...(await home.text()).matchAll(/href="\/vi\/products\/([a-z0-9-]+)"/g)].map((m) => m[1])
  if (!handles.length) throw new Error("No product on the home page")
  return handles
}

/** With many handles each product request is a product the backend has not answered before. */
export async function benchStorefront(base: string, clients: number[], handles?: string[]) {
  const products = handles?.length ? handles : await handlesFromHome(base)
  const pages: [string, (i: number) => string][] = [
    ["home (two searches)", () => `${base}/vi`],
    ["search results", (i) => `${base}/vi/search?q=${encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length])}`],
    [
      handles?.length ? "product, a different one each request" : "product",
      (i) => `${base}/vi/products/${products[i % products.length]}`,
    ],
    // as shoppers browse: the same few products asked again and again (their answers cached while exact)
    [
      `product, ${Math.min(POPULAR, products.length)} popular ones repeated`,
      (i) => `${base}/vi/products/${products[i % Math.min(POPULAR, products.length)]}`,
    ],
  ]
  const rows: PageRow[] = []
  for (const [page, url] of pages)
    for (const n of clients) rows.push({ page, clients: n, stats: await measure(url, n) })
  return { rows, javascript: await productPageJavaScript(base, products[0]) }
}

async function productPageJavaScript(base: string, handle: string): Promise<string> {
  const html = await (await fetch(`${base}/vi/products/${handle}`)).text()
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))]
  let raw = 0
  let gzipped = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    raw += body.length
    gzipped += zlib.gzipSync(body).length
  }
  return `${(gzipped / 1024).toFixed(0)} KB gzipped (${scripts.length} files, ${(raw / 1024).toFixed(0)} KB unpacked)`
}

export const storefrontTable = (rows: PageRow[]) =>
  markdown(
    ["page", "clients", "p50 / p95 ms (full response)", "pages/s"],
    rows.map((r) => [r.page, r.clients, latency(r.stats), r.stats.rate.toFixed(0)])
  )

if (require.main === module) {
  runMain(async () => {
    const base = process.env.STOREFRONT_URL || `http://localhost:${settings().storefrontPort}`
    const result = await benchStorefront(base, STANDALONE_CLIENTS)
    console.log(storefrontTable(result.rows))
    console.log(`\nproduct page JavaScript: ${result.javascript}`)
  })
}
