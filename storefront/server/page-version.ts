import http from "node:http"
import https from "node:https"
import { freshReads } from "../../backend/src/api/utils/fresh-reads"
import { BACKEND_URL } from "../src/lib/backend-address"

/**
 * What a catalogue page shows is exact for: the backend's version token (`withoutStock` for a
 * page that shows no stock counts), the instant it ends, the backend's now.
 */
export type PageVersion = { version: string; withoutStock: string; validUntil: number; now: number }

const url = new URL("/ocop/page-version", BACKEND_URL)
const client = url.protocol === "https:" ? https : http
// kept-alive connections: the version is asked at every page request
const agent = new client.Agent({ keepAlive: true, maxSockets: 64 })

/** The backend's answer (GET /ocop/page-version) as the page cache reads it. */
export function pageVersionOf(body: {
  version: string
  version_without_stock?: string
  valid_until: number | null
  now: number
}): PageVersion {
  return {
    version: String(body.version),
    // from a backend older than this field (a rolling update), every page follows every token
    withoutStock: String(body.version_without_stock ?? body.version),
    validUntil: body.valid_until ?? Infinity,
    now: Number(body.now),
  }
}

/**
 * Asks the backend for the version now (one read of PostgreSQL there). The
 * backend's clock decides whether an entry has reached its end, so a
 * storefront on another host with a clock behind never serves an expired page.
 */
function askBackend(): Promise<PageVersion> {
  return new Promise((resolve, reject) => {
    const req = client.get(url, { agent, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`page version: HTTP ${res.statusCode}`))
        try {
          resolve(pageVersionOf(JSON.parse(Buffer.concat(chunks).toString("utf8"))))
        } catch (e) {
          reject(e)
        }
      })
      res.on("error", reject)
    })
    req.on("timeout", () => req.destroy(new Error("page version: no answer within 5 s")))
    req.on("error", reject)
  })
}

/**
 * The version at the instant of this request. Requests share reads, but only a
 * read that began after they arrived (the backend's own helper, so both sides
 * keep the same rule): at 32 shoppers at once the backend is asked about twice
 * per read's time, not 32 times, and no answer is older than its request.
 */
export const readPageVersion: () => Promise<PageVersion> = freshReads(askBackend)
