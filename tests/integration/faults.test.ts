import fs from "node:fs"
import path from "node:path"
import { run } from "../../scripts/lib/run"
import { ROOT } from "../../scripts/lib/config"
import { WAREHOUSE_NAME } from "../../seed/store-setup"
import { ADMIN, ProcessStack } from "../support/process-stack"
import { eventually } from "../support/eventually"
import { Client } from "pg"
import { readyCartOver } from "../support/marketplace-processes"

/**
 * Faults a running marketplace must survive, on real processes: the database
 * stopped and started under the backend, the backend killed in the middle of
 * completing checkouts and restarted, and a backup restored into a fresh
 * database.
 */
describe("faults", () => {
  const stack = new ProcessStack()
  let adminAuth: Record<string, string>
  let variantId: string
  let inventoryItemId: string
  let warehouseId: string

  async function call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(stack.url + url, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((e) => {
      // the server went away: say what it last printed
      throw new Error(
        `${method} ${url}: ${e.cause?.message ?? e.message}; the backend's last output:\n${stack.backend.output().slice(-4000)}`
      )
    })
    const text = await res.text()
    let data: any = text
    try {
      data = JSON.parse(text)
    } catch {
      // not JSON: the text itself is the answer
    }
    return { status: res.status, data }
  }

  async function sql<T = any>(query: string, params: unknown[] = [], url = stack.databaseUrl): Promise<T[]> {
    const client = new Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(query, params)).rows
    } finally {
      await client.end()
    }
  }

  const readyCart = (email: string) => readyCartOver(call, variantId, email)

  const ordersOfCart = async (cartId: string) =>
    (
      await sql(
        `SELECT o.id FROM "order" o JOIN order_cart l ON l.order_id = o.id WHERE l.cart_id = $1 AND l.deleted_at IS NULL`,
        [cartId]
      )
    ).map((r) => r.id)

  /** Units reserved at the warehouse, and units on orders not yet fulfilled or canceled: always equal. */
  async function reservedAgainstOrders() {
    const [level] = await sql(
      `SELECT reserved_quantity FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
      [inventoryItemId, warehouseId]
    )
    const [ordered] = await sql(
      `SELECT coalesce(sum(d.quantity), 0)::int AS n FROM order_item d JOIN order_line_item li ON li.id = d.item_id JOIN "order" o ON o.id = d.order_id
        WHERE li.variant_id = $1 AND o.status <> 'canceled' AND d.deleted_at IS NULL AND d.version = o.version`,
      [variantId]
    )
    return { reserved: Number(level.reserved_quantity), ordered: ordered.n }
  }

  beforeAll(async () => {
    await stack.start()
    const login = await call("POST", "/auth/user/emailpass", ADMIN)
    adminAuth = { authorization: `Bearer ${login.data.token}` }
    const { data } = await call("GET", "/store/products?limit=1&handle=keo-dua-cho-lach&fields=id,*variants")
    variantId = data.products[0].variants[0].id
    const [item] = await sql(
      `SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL`,
      [variantId]
    )
    inventoryItemId = item.inventory_item_id
    const [location] = await sql(`SELECT id FROM stock_location WHERE name = $1 AND deleted_at IS NULL`, [
      WAREHOUSE_NAME,
    ])
    warehouseId = location.id
    const level = await call(
      "POST",
      `/admin/inventory-items/${inventoryItemId}/location-levels/${warehouseId}`,
      { stocked_quantity: 500 },
      adminAuth
    )
    expect(level.status).toBe(200)
  }, 600_000)

  afterAll(async () => {
    await stack.stop()
  }, 120_000)

  it("answers 503 with a message while the database is down, and recovers without a restart", async () => {
    expect((await call("GET", "/store/products?limit=1")).status).toBe(200)
    const pid = stack.backend.child.pid
    await stack.pg.stop()
    for (const [method, url, body] of [
      ["GET", "/store/products?limit=1"],
      ["GET", "/store/ocop/search?q=keo"],
      ["POST", "/store/carts", { email: "a@example.vn" }],
    ] as const) {
      const res = await call(method, url, body)
      expect(res.status, `${method} ${url}: ${JSON.stringify(res.data)}`).toBe(503)
      expect(res.data.message).toMatch(/tạm thời không kết nối được cơ sở dữ liệu/)
    }
    await stack.startDatabase()
    await eventually(async () => expect((await call("GET", "/store/products?limit=1")).status).toBe(200), 30_000)
    expect(stack.backend.child.pid).toBe(pid)
    expect(stack.backend.child.exitCode).toBeNull()
    expect((await call("POST", "/store/carts", { email: "b@example.vn" })).status).toBe(200)
  }, 120_000)

  it("a backend killed while completing checkouts loses no order and duplicates none", async () => {
    for (const delay of [30, 150, 400]) {
      const carts = await Promise.all([0, 1, 2].map((i) => readyCart(`kill-${delay}-${i}@example.vn`)))
      // all three completions in flight, then the server dies without warning
      const inFlight = carts.map((c) => call("POST", `/store/carts/${c}/complete`, {}).catch(() => null))
      await new Promise((r) => setTimeout(r, delay))
      await stack.backend.stop("SIGKILL")
      await Promise.all(inFlight)
      await stack.startBackend()
      for (const cartId of carts) {
        expect((await ordersOfCart(cartId)).length, `cart ${cartId} after a kill at ${delay} ms`).toBeLessThanOrEqual(1)
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
