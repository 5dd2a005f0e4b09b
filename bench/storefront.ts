/**
 * The storefront under `next start` (as `npm start` serves it):
 *   npm start   (in another terminal)
 *   npm run bench:storefront
 * Prints p50/p95 server response time of the home, search and product pages at
 * 1 and 16 concurrent clients, and the JavaScript the product page loads (gzipped).
 */
import zlib from "node:zlib"
import { fmt, load } from "./lib"
import { settings } from "../scripts/lib/config"

const base = process.env.STOREFRONT_URL || `http://localhost:${settings().storefrontPort}`

async function main() {
  // a real product handle and a few searches from the running catalogue
  const home = await fetch(`${base}/vi`)
  if (!home.ok) throw new Error(`The storefront does not answer at ${base} (npm start first, or set STOREFRONT_URL)`)
  const handles = [...(await home.text()).matchAll(/href="\/vi\/products\/([a-z0-9-]+)"/g)].map((m) => m[1])
  if (!handles.length) throw new Error("No product on the home page")
  const searches = ["keo%20dua", "vai%20thieu", "ST25", "ben%20tre", "ca%20phe", "mat%20ong"]
  const pages: [string, (i: number) => string][] = [
    ["home", () => `${base}/vi`],
    ["search", (i) => `${base}/vi/search?q=${searches[i % searches.length]}`],
    ["product", (i) => `${base}/vi/products/${handles[i % handles.length]}`],
  ]
  console.log(["page", "clients", "p50 ms", "p95 ms", "req/s", "errors"].join("\t"))
  for (const [name, url] of pages) {
    for (const concurrency of [1, 16]) {
      await load(url, { total: 30, concurrency }) // warm-up
      const r = await load(url, { total: concurrency === 1 ? 100 : 400, concurrency })
      console.log([name, concurrency, fmt(r.p50), fmt(r.p95), fmt(r.rps), r.errors].join("\t"))
    }
  }

  const html = await (await fetch(`${base}/vi/products/${handles[0]}`)).text()
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))]
  let raw = 0
  let gzipped = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    raw += body.length
    gzipped += zlib.gzipSync(body).length
  }
  console.log(`product page JavaScript: ${scripts.length} files, ${(raw / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(0)} KB gzipped`)
}

main().catch((e) => {
  console.error(e.message ?? e)
  process.exit(1)
})
