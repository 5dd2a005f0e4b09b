/** The bench's printed report: what ran, on what, then one markdown table per part. */
import os from "node:os"
import { benchCart, cartTable } from "./checkout"
import { FloorRow } from "./floor"
import { LighthouseRow, lighthouseTable } from "./lighthouse"
import { benchSearch, searchTable } from "./search"
import { benchStoreProducts, storeTable } from "./store-products"
import { benchStorefront, storefrontTable } from "./storefront"
import { latency, markdown } from "./table"

type Result<F extends (...a: any[]) => any> = Awaited<ReturnType<F>>

export type Report = {
  command: string
  startedAt: Date
  seconds: number
  load: [number, number] // 1-minute load average at the start and the end
  store?: Result<typeof benchStoreProducts>
  floor?: { bytes: number; encoding?: string; rows: FloorRow[] }
  lighthouse?: LighthouseRow[]
  search?: Result<typeof benchSearch>
  cart?: Result<typeof benchCart>
  storefront?: Result<typeof benchStorefront>
  system: [string, string][]
}

export function render(r: Report): string {
  const out = [
    `## npm run bench, ${r.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC (one run, ${(r.seconds / 60).toFixed(1)} min)`,
    "",
    `command: \`${r.command}\``,
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end (other work on the machine makes figures noisy)`,
    "",
  ]
  if (r.store) {
    const alone = r.store.aloneCount === undefined ? "" : `; Medusa alone lists ${r.store.aloneCount}`
    out.push(
      `### Store product routes, p50 / p95 in ms (${r.store.count} sellable products${alone})`,
      "",
      storeTable(r.store.rows),
      ""
    )
  }
  if (r.floor) {
    out.push(
      `### The floor under a page of 12, p50 / p95 in ms: PostgreSQL answering its query directly (every page distinct), a bare Node server sending the page's ${r.floor.bytes} bytes as the marketplace sent them${r.floor.encoding ? ` (${r.floor.encoding})` : ""}`,
      "",
      markdown(
        ["clients", "PostgreSQL", "bare Node HTTP"],
        r.floor.rows.map((f) => [f.clients, latency(f.postgres), latency(f.bareNode)])
      ),
      ""
    )
  }
  if (r.search) {
    out.push(
      `### Search (engine: ${r.search.engine}, ${r.search.total} products on sale), p50 / p95 in ms`,
      "",
      searchTable(r.search.rows)
    )
    if (r.search.engine !== "meilisearch")
      out.push(
        "",
        "Meilisearch: not available (MEILISEARCH_HOST is not set; the server cannot be installed on this machine)."
      )
    out.push("")
  }
  if (r.cart) {
    out.push("### Cart and checkout (cash on delivery, pp_cod_cod), p50 / p95 in ms", "", cartTable(r.cart.rows), "")
    const distinct = [...new Set(r.cart.failures)]
    if (distinct.length) out.push(`failures (${r.cart.failures.length}): ${distinct.slice(0, 3).join(" | ")}`, "")
  }
  if (r.storefront) {
    out.push(
      "### Storefront (production build behind its page cache), server time to the full response, p50 / p95 in ms",
      "",
      storefrontTable(r.storefront.rows),
      ""
    )
    out.push(`product page JavaScript: ${r.storefront.javascript}`, "")
  }
  if (r.lighthouse) {
    out.push(
      "### Lighthouse 12.2.3, mobile emulation (simulated slow 4G, mid-range phone), Debian's Chromium, one run per page",
      "",
      lighthouseTable(r.lighthouse),
      ""
    )
  }
  if (!r.storefront) {
    out.push("### Storefront: not measured (not in BENCH_PARTS, or attached to BACKEND_URL without STOREFRONT_URL)", "")
  }
  out.push("### System", "", markdown(["what", "figure"], r.system), "")
  return out.join("\n")
}
