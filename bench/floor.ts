/**
 * The floor under a store page: PostgreSQL answering the page's own query
 * directly (12 published products with their variants' VND prices), and a
 * bare Node HTTP server returning the page's own bytes as the marketplace sent
 * them (gzipped when it sent them so: the client then inflates them too).
 * Nothing can answer a page faster than these on this machine.
 */
import http from "node:http"
import { AddressInfo } from "node:net"
import { Pool } from "pg"
import { load, pool, Stats, summarize } from "./lib"

const PAGE_SQL = `
  SELECT p.id, p.title, p.handle, p.thumbnail, v.id AS variant_id, v.title AS variant_title, pr.amount
    FROM (SELECT id, title, handle, thumbnail, created_at FROM product
           WHERE status = 'published' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 12 OFFSET $1) p
    JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
    JOIN product_variant_price_set l ON l.variant_id = v.id AND l.deleted_at IS NULL
    JOIN price pr ON pr.price_set_id = l.price_set_id AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd'
   ORDER BY p.created_at DESC`

export type FloorRow = { clients: number; postgres: Stats; bareNode: Stats }

/** The page as the server sent it to a client that takes gzip: its bytes and their encoding. */
export function pageAsSent(url: string, headers: Record<string, string>): Promise<{ body: Buffer; encoding?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { ...headers, "accept-encoding": "gzip, deflate, br" } }, (res) => {
        const chunks: Buffer[] = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }))
        res.on("error", reject)
      })
      .on("error", reject)
  })
}

/** A page of every query distinct for PostgreSQL; the page's own bytes for the bare server. */
export async function benchFloor(
  databaseUrl: string,
  page: { body: Buffer; encoding?: string },
  clients: number[]
): Promise<FloorRow[]> {
  const db = new Pool({ connectionString: databaseUrl, max: Math.max(...clients) })
  const { body, encoding } = page
  const server = http.createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": body.length,
      ...(encoding ? { "content-encoding": encoding } : {}),
    })
    res.end(body)
  })
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  try {
    const rows: FloorRow[] = []
    for (const n of clients) {
      const total = n === 1 ? 60 : n * 10
      const q = await pool(total, n, async (i) => void (await db.query(PAGE_SQL, [(i * 12) % 19_000])))
      rows.push({
        clients: n,
        postgres: summarize(q.ms, q.seconds, q.failures.length),
        bareNode: await load(() => url, { total, concurrency: n }),
      })
    }
    return rows
  } finally {
    server.close()
    await db.end()
  }
}
