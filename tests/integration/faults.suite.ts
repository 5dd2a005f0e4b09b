import fs from "node:fs"
import path from "node:path"
import { run } from "../../scripts/lib/run"
import { ROOT } from "../../scripts/lib/config"
import { eventually } from "../support/eventually"
import type { Call } from "../support/marketplace-processes"
import type { ProcessStack } from "../support/process-stack"

export type FaultsContext = {
  /** The database's server, its folder and the environment the scripts run with. */
  db: () => ProcessStack
  /** The one backend left running (shared mode, as `npm start`), through its current process. */
  call: Call
  /** Kills the backend without warning; `restart` starts it again as `npm start` does (dead locks cleared first). */
  kill: () => Promise<void>
  restart: () => Promise<void>
  /** Whether the backend running now is the one that was running before (not restarted). */
  pid: () => number | undefined
  sql: <T = any>(query: string, params?: unknown[], url?: string) => Promise<T[]>
  readyCart: (email: string) => Promise<string>
  /** Units reserved at the warehouse, and units on live orders of the raced variant: always equal. */
  reservedAgainstOrders: () => Promise<{ reserved: number; ordered: number }>
}

/**
 * Faults a running marketplace must survive, on real processes: the database
 * stopped and started under the backend, the backend killed in the middle of
 * completing checkouts and restarted, and a backup restored into a fresh
 * database. Run by multi-process.test.ts on its processes once it is down to
 * one server on PostgreSQL alone, so the marketplace boots once for both.
 */
export function faultsSuite(ctx: () => FaultsContext) {
  const ordersOfCart = async (cartId: string) =>
    (
      await ctx().sql(
        `SELECT o.id FROM "order" o JOIN order_cart l ON l.order_id = o.id WHERE l.cart_id = $1 AND l.deleted_at IS NULL`,
        [cartId]
      )
    ).map((r) => r.id)

  describe("faults", () => {
    it("answers 503 with a message while the database is down, and recovers without a restart", async () => {
      const { call, db, pid } = ctx()
      expect((await call("GET", "/store/products?limit=1")).status).toBe(200)
      const before = pid()
      await db().pg.stop()
      // shoppers do not wait their turn: the three at once, each told within the pool's 10 s wait
      const asked = [
        ["GET", "/store/products?limit=1"],
        ["GET", "/store/ocop/search?q=keo"],
        ["POST", "/store/carts", { email: "a@example.vn" }],
      ] as const
      const answers = await Promise.all(asked.map(([method, url, body]) => call(method, url, body)))
      answers.forEach((res, i) => {
        expect(res.status, `${asked[i][0]} ${asked[i][1]}: ${JSON.stringify(res.data)}`).toBe(503)
        expect(res.data.message).toMatch(/tạm thời không kết nối được cơ sở dữ liệu/)
      })
      await db().startDatabase()
      await eventually(async () => expect((await call("GET", "/store/products?limit=1")).status).toBe(200), 30_000)
      expect(pid()).toBe(before)
      expect((await call("POST", "/store/carts", { email: "b@example.vn" })).status).toBe(200)
    }, 120_000)

    it("a backend killed while completing checkouts loses no order and duplicates none", async () => {
      const { call, kill, restart, readyCart, reservedAgainstOrders } = ctx()
      for (const delay of [30, 150, 400]) {
        const carts = await Promise.all([0, 1, 2].map((i) => readyCart(`kill-${delay}-${i}@example.vn`)))
        // all three completions in flight, then the server dies without warning
        const inFlight = carts.map((c) => call("POST", `/store/carts/${c}/complete`, {}).catch(() => null))
        await new Promise((r) => setTimeout(r, delay))
        await kill()
        await Promise.all(inFlight)
        await restart()
        for (const cartId of carts) {
          expect((await ordersOfCart(cartId)).length, `cart ${cartId} after a kill at ${delay} ms`).toBeLessThanOrEqual(
            1
          )
          // completed or still completable: completing (again) gives its one order
          const again = await call("POST", `/store/carts/${cartId}/complete`, {})
          expect(again.status, JSON.stringify(again.data)).toBe(200)
          expect(again.data.type).toBe("order")
          expect(await ordersOfCart(cartId)).toEqual([again.data.order.id])
        }
        const stock = await reservedAgainstOrders()
        expect(stock.reserved, `reservations after a kill at ${delay} ms`).toBe(stock.ordered)
      }
    }, 300_000)

    it("a backup taken while running restores into a fresh database with every order", async () => {
      const { db, sql } = ctx()
      const stack = db()
      const orders = await sql(`SELECT id, display_id, email FROM "order" ORDER BY display_id`)
      expect(orders.length).toBeGreaterThan(0)
      const dir = path.join(stack.dir, "backup")
      const tsx = path.join(ROOT, "node_modules/.bin/tsx")
      await run(tsx, ["scripts/db-backup.ts", dir], { cwd: ROOT, env: stack.env, quiet: true })
      expect(
        JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")).tables.find((t: any) => t.name === "order")
          .rows
      ).toBe(orders.length)

      // a database holding orders is not overwritten unless asked
      const refused = await run(tsx, ["scripts/db-restore.ts", dir], { cwd: ROOT, env: stack.env, quiet: true }).catch(
        (e) => e.message as string
      )
      expect(refused).toMatch(/already holds \d+ orders/)

      await stack.pg.createDatabase("ocop_restored")
      const fresh = stack.pg.urlFor("ocop_restored")
      await run(tsx, ["scripts/db-restore.ts", dir], {
        cwd: ROOT,
        env: { ...stack.env, DATABASE_URL: fresh },
        quiet: true,
      })
      expect(await sql(`SELECT id, display_id, email FROM "order" ORDER BY display_id`, [], fresh)).toEqual(orders)
      // every table holds what it held, and sequences go on where they were
      const counts = async (url: string) => {
        const tables = await sql(
          `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
          [],
          url
        )
        const out: Record<string, number> = {}
        for (const { tablename } of tables)
          out[tablename] = (await sql(`SELECT count(*)::int AS n FROM "${tablename}"`, [], url))[0].n
        return out
      }
      // against what the backup took in its one snapshot: the running backend goes on writing (the
      // worker's mail retries add notifications), so the live database is no fixed reference
      const taken = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")).tables
      expect(await counts(fresh)).toEqual(Object.fromEntries(taken.map((t: any) => [t.name, t.rows])))
      const nextId = async (url: string) =>
        (await sql(`SELECT last_value::int AS n FROM order_display_id_seq`, [], url))[0].n
      expect(await nextId(fresh)).toBe(await nextId(stack.databaseUrl))
    }, 300_000)
  })
}
