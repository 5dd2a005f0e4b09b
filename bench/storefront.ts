/**
 * The storefront's server (the production build behind its page cache, as `npm start` serves it):
 * time to the full response of the home, search and product pages, and the
 * JavaScript a product page loads. Stand-alone (npm start in another terminal):
 *   npm run bench:storefront
 */
import zlib from "node:zlib"
import { measure, Stats, summarize } from "./lib"
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

/**
 * With many handles each product request is a product the backend has not answered before.
 * `placeOrder`: one order, placed in a loop (one shopper after another) while the home and search
 * pages are asked again, as on a marketplace that sells: how many of them stay kept.
 */
export async function benchStorefront(
  base: string,
  clients: number[],
  handles?: string[],
  placeOrder?: () => Promise<unknown>
) {
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
  if (placeOrder) rows.push(...(await whileOrdering(base, clients, placeOrder)))
  return { rows, javascript: await productPageJavaScript(base, products[0]) }
}

const ORDERS_DURING = 8

/**
 * Home and search pages, asked in turn by `n` shoppers while ORDERS_DURING orders are placed one
 * after another, and how many of them came from the page cache (x-ocop-page-cache: hit).
 */
async function whileOrdering(base: string, clients: number[], placeOrder: () => Promise<unknown>) {
  const urls = [`${base}/vi`, ...SEARCH_WORDS.map((q) => `${base}/vi/search?q=${encodeURIComponent(q)}`)]
  const rows: PageRow[] = []
  for (const n of clients) {
    await Promise.all(urls.map((url) => fetch(url).then((r) => r.arrayBuffer()))) // each page made once
    let ordering = true
    let next = 0
    let kept = 0
    const ms: number[] = []
    const started = performance.now()
    const shopper = async () => {
      while (ordering) {
        const t0 = performance.now()
        const res = await fetch(urls[next++ % urls.length])
        await res.arrayBuffer()
        ms.push(performance.now() - t0)
        if (res.headers.get("x-ocop-page-cache") === "hit") kept++
      }
    }
    const orders = async () => {
      for (let i = 0; i < ORDERS_DURING; i++) await placeOrder()
      ordering = false
    }
    await Promise.all([orders(), ...Array.from({ length: n }, shopper)])
    const stats = summarize(ms, (performance.now() - started) / 1000)
    const share = ((kept / ms.length) * 100).toFixed(0)
    rows.push({
      page: `home and search while ${ORDERS_DURING} orders are placed: ${share}% from the page cache`,
      clients: n,
      stats,
    })
  }
  return rows
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
