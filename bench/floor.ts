/**
 * The floor under a store page: PostgreSQL answering the page's own query
 * directly (12 published products with their variants' VND prices), and a
 * bare Node HTTP server returning a body of the page's size. Nothing can
 * answer a page faster than these on this machine.
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

/** A page of every query distinct for PostgreSQL; the same body for the bare server. */
export async function benchFloor(databaseUrl: string, bodyBytes: number, clients: number[]): Promise<FloorRow[]> {
  const db = new Pool({ connectionString: databaseUrl, max: Math.max(...clients) })
  const body = Buffer.alloc(bodyBytes, "x")
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length })
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
