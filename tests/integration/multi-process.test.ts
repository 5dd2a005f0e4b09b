import { Client } from "pg"
import { medusa } from "../../scripts/lib/run"
import { WAREHOUSE_NAME } from "../../seed/store-setup"
import { eventually } from "../support/eventually"
import { Call, MarketplaceProcesses, readyCartOver } from "../support/marketplace-processes"
import { ADMIN } from "../support/process-stack"
import { serveStorefront } from "../support/browser"
import { storeCacheSuite } from "../support/store-cache-suite"
import { clearDeadProcessLocks } from "../../scripts/lib/stale-locks"
import { faultsSuite } from "./faults.suite"

/**
 * The marketplace on several processes, as a province deploys it: two Medusa
 * servers and one worker on one database and one Redis, then two servers on
 * PostgreSQL alone. What one process decides (stock, lockouts, the rule, a
 * job) holds in all of them. Last, down to one server, the faults it survives.
 */
describe("several processes", () => {
  const m = new MarketplaceProcesses()
  let admin: Record<string, string>
  let variantId: string
  let inventoryItemId: string
  let warehouseId: string

  async function sql<T = any>(query: string, params: unknown[] = [], url = m.db.databaseUrl): Promise<T[]> {
    const client = new Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(query, params)).rows
    } finally {
      await client.end()
    }
  }

  /** n carts, made alternately through the given servers, 10 at a time. */
  async function readyCarts(n: number, servers: Call[], tag: string) {
    const carts: string[] = []
    for (let i = 0; i < n; i += 10)
      carts.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, n - i) }, (_, j) =>
            readyCartOver(servers[(i + j) % servers.length], variantId, `${tag}-${i + j}@example.vn`)
          )
        ))
      )
    return carts
  }

  async function setStock(quantity: number) {
    const res = await m.call("a")(
      "POST",
      `/admin/inventory-items/${inventoryItemId}/location-levels/${warehouseId}`,
      { stocked_quantity: quantity },
      admin
    )
    expect(res.status, JSON.stringify(res.data)).toBe(200)
  }

  /** Units reserved at the warehouse, and units on live orders of the variant. */
  async function reservedAgainstOrders() {
    const [level] = await sql(
      `SELECT reserved_quantity, stocked_quantity FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
      [inventoryItemId, warehouseId]
    )
    const [ordered] = await sql(
      `SELECT coalesce(sum(d.quantity), 0)::int AS n, count(DISTINCT o.id)::int AS orders FROM order_item d
         JOIN order_line_item li ON li.id = d.item_id JOIN "order" o ON o.id = d.order_id
        WHERE li.variant_id = $1 AND o.status <> 'canceled' AND o.deleted_at IS NULL AND d.deleted_at IS NULL AND d.version = o.version`,
      [variantId]
    )
    return {
      stocked: Number(level.stocked_quantity),
      reserved: Number(level.reserved_quantity),
      ordered: ordered.n,
      orders: ordered.orders,
    }
  }

  /**
   * 20 shoppers, split over the servers, go for the last 5 units at once. Completions of one item
   * take their turns one by one (the stock queue), so the last in line waits about 20 s, four times
   * the 5 s Medusa's own reservation lock would wait (races.suite.ts runs 50 in one process).
   */
  async function raceForLastFive(servers: Call[], tag: string) {
    const before = await reservedAgainstOrders()
    await setStock(before.reserved + 5)
    const carts = await readyCarts(20, servers, tag)
    const results = await Promise.all(
      carts.map((c, i) => servers[i % servers.length]("POST", `/store/carts/${c}/complete`, {}))
    )
    const won = results.filter((r) => r.status === 200 && r.data.type === "order")
    expect(won, JSON.stringify(results.filter((r) => r.status !== 400).map((r) => r.data))).toHaveLength(5)
    for (const r of results.filter((r) => !won.includes(r))) {
      expect(r.status, JSON.stringify(r.data)).toBe(400)
      expect(r.data.message).toMatch(/hết hàng/)
    }
    const after = await reservedAgainstOrders()
    expect(after.orders - before.orders).toBe(5)
    expect(after.reserved).toBe(after.stocked) // all sold, none below zero
    expect(after.reserved).toBe(after.ordered)
  }

  beforeAll(async () => {
    await m.start()
    await Promise.all([m.run("a", "server"), m.run("b", "server"), m.run("worker", "worker")])
    const login = await m.call("a")("POST", "/auth/user/emailpass", ADMIN)
    admin = { authorization: `Bearer ${login.data.token}` }
    const { data } = await m.call("a")("GET", "/store/products?limit=1&handle=keo-dua-cho-lach&fields=id,*variants")
    variantId = data.products[0].variants[0].id
    ;[{ inventory_item_id: inventoryItemId }] = await sql(
      `SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL`,
      [variantId]
    )
    ;[{ id: warehouseId }] = await sql(`SELECT id FROM stock_location WHERE name = $1 AND deleted_at IS NULL`, [
      WAREHOUSE_NAME,
    ])
  }, 900_000)

  afterAll(async () => {
    await m.stop()
  }, 120_000)

  it("20 shoppers split over two servers race for the last 5 units: exactly 5 orders, 15 told it is sold out", async () => {
    await raceForLastFive([m.call("a"), m.call("b")], "redis")
  }, 600_000)

  it("six wrong passwords spread over the two servers lock the account on both", async () => {
    const email = "khach-khoa@example.vn"
    const reg = await m.call("a")("POST", "/auth/customer/emailpass/register", { email, password: "dung-mat-khau-1" })
    expect(reg.status, JSON.stringify(reg.data)).toBe(200)
    const servers = [m.call("a"), m.call("b")]
    for (let i = 0; i < 5; i++) {
      const res = await servers[i % 2]("POST", "/auth/customer/emailpass", { email, password: `sai-${i}` })
      expect(res.status, `attempt ${i + 1}`).toBe(401)
    }
    for (const call of servers) {
      const locked = await call("POST", "/auth/customer/emailpass", { email, password: "dung-mat-khau-1" })
      expect(locked.status).toBe(429)
      expect(locked.data.message).toMatch(/Đăng nhập quá nhiều lần/)
    }
  }, 120_000)

  it("a certificate revoked through server A: on the very next request server B refuses the product everywhere", async () => {
    const [product] = await sql(
      `SELECT p.id, p.handle, c.id AS certificate_id, v.id AS variant_id FROM product p
         JOIN ocop_certificate c ON c.product_id = p.id AND c.status = 'verified' AND c.deleted_at IS NULL
         JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
        WHERE p.handle <> 'keo-dua-cho-lach' AND p.status = 'published' AND p.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM ocop_certificate o WHERE o.product_id = p.id AND o.id <> c.id AND o.deleted_at IS NULL)
        ORDER BY p.handle LIMIT 1`
    )
    const b = m.call("b")
    const { data: regions } = await b("GET", "/store/regions")
    const { data: cart } = await b("POST", "/store/carts", { region_id: regions.regions[0].id })
    expect((await b("GET", `/store/products?handle=${product.handle}`)).data.products).toHaveLength(1)

    const revoked = await m.call("a")(
      "POST",
      `/admin/ocop/certificates/${product.certificate_id}/status`,
      { status: "revoked", reason: "Giả mạo" },
      admin
    )
    expect(revoked.status, JSON.stringify(revoked.data)).toBe(200)

    expect((await b("GET", `/store/products?handle=${product.handle}`)).data.products).toHaveLength(0)
    expect((await b("GET", `/store/products/${product.id}`)).status).toBe(404)
    const search = await b("GET", `/store/ocop/search?q=${encodeURIComponent(product.handle.replace(/-/g, " "))}`)
    expect(search.status).toBe(200)
    expect(search.data.hits.map((h: any) => h.id)).not.toContain(product.id)
    const add = await b("POST", `/store/carts/${cart.cart.id}/line-items`, {
      variant_id: product.variant_id,
      quantity: 1,
    })
    expect(add.status).toBe(400)
  }, 120_000)

  it("the worker syncs search once per change, every server answers the change at once, and the daily job run in two processes at once records each expiry once", async () => {
    const [product] = await sql(
      `SELECT p.id FROM product p WHERE p.handle = 'keo-dua-cho-lach' AND p.deleted_at IS NULL`
    )
    // every write to the product's search document, counted by the database itself
    await sql(`CREATE TABLE IF NOT EXISTS test_index_writes (product_id text, at timestamptz DEFAULT now())`)
    await sql(`CREATE OR REPLACE FUNCTION test_count_index_write() RETURNS trigger AS $$
      BEGIN INSERT INTO test_index_writes (product_id) VALUES (NEW.id); RETURN NEW; END $$ LANGUAGE plpgsql`)
    await sql(`CREATE OR REPLACE TRIGGER test_index_writes AFTER INSERT OR UPDATE ON ocop_search_document
      FOR EACH ROW EXECUTE FUNCTION test_count_index_write()`)
    // gone after the test: the schema is the marketplace's again (a backup of it restores, faults.suite.ts)
    onTestFinished(() =>
      sql(`DROP TRIGGER IF EXISTS test_index_writes ON ocop_search_document;
        DROP FUNCTION IF EXISTS test_count_index_write(); DROP TABLE IF EXISTS test_index_writes`).then(() => undefined)
    )
    // server B has this search in its cache
    const q = `/store/ocop/search?q=${encodeURIComponent("keo dua cho lach")}`
    const b = m.call("b")
    expect((await b("GET", q)).data.hits.map((h: any) => h.title)).toContain("Kẹo dừa sáp Chợ Lách")
    expect((await b("GET", q)).data.hits.map((h: any) => h.title)).toContain("Kẹo dừa sáp Chợ Lách")
    // and a typo of a word no product has yet finds nothing there (B may keep that word's lookup)
    const typo = `/store/ocop/search?q=cocovinna`
    expect((await b("GET", typo)).data.hits).toEqual([])
    const renamed = await m.call("a")(
      "POST",
      `/admin/products/${product.id}`,
      { title: "Kẹo dừa sáp Chợ Lách đặc biệt Cocovina" },
      admin
    )
    expect(renamed.status, JSON.stringify(renamed.data)).toBe(200)
    // the worker (not the servers) writes the index once; B's very next answer has the new title
    await eventually(async () => {
      const writes = await sql(`SELECT count(*)::int AS n FROM test_index_writes WHERE product_id = $1`, [product.id])
      expect(writes[0].n).toBeGreaterThan(0)
    }, 30_000)
    expect((await b("GET", q)).data.hits.map((h: any) => h.title)).toContain("Kẹo dừa sáp Chợ Lách đặc biệt Cocovina")
    expect((await b("GET", typo)).data.hits.map((h: any) => h.handle)).toEqual(["keo-dua-cho-lach"])
    await new Promise((r) => setTimeout(r, 2000)) // any second sync would have landed by now
    const writes = await sql(`SELECT count(*)::int AS n FROM test_index_writes WHERE product_id = $1`, [product.id])
    expect(writes[0].n).toBe(1)

    // a search without words is counted from B's own copy of the index's columns (FacetTable): the
    // worker's next write (a product sold out at its one location, through A) reaches B's very next count
    const [single] = await sql(
      `SELECT d.id, l.inventory_item_id, l.location_id, l.stocked_quantity, l.reserved_quantity
         FROM ocop_search_document d
         JOIN product_variant v ON v.product_id = d.id AND v.deleted_at IS NULL
         JOIN product_variant_inventory_item i ON i.variant_id = v.id AND i.deleted_at IS NULL
         JOIN inventory_level l ON l.inventory_item_id = i.inventory_item_id AND l.deleted_at IS NULL
        WHERE d.in_stock AND d.deleted_at IS NULL AND d.id <> $1
          AND (SELECT count(*) FROM product_variant w WHERE w.product_id = d.id AND w.deleted_at IS NULL) = 1
          AND (SELECT count(*) FROM inventory_level o WHERE o.inventory_item_id = l.inventory_item_id AND o.deleted_at IS NULL) = 1
        ORDER BY d.id LIMIT 1`,
      [product.id]
    )
    const level = (quantity: number) =>
      m.call("a")(
        "POST",
        `/admin/inventory-items/${single.inventory_item_id}/location-levels/${single.location_id}`,
        { stocked_quantity: quantity },
        admin
      )
    const inStock = `/store/ocop/search?in_stock=true&limit=1`
    const counted = (await b("GET", inStock)).data.total
    expect((await level(Number(single.reserved_quantity))).status).toBe(200)
    onTestFinished(() => level(Number(single.stocked_quantity)).then(() => undefined))
    await eventually(async () => {
      const [doc] = await sql(`SELECT in_stock FROM ocop_search_document WHERE id = $1`, [single.id])
      expect(doc.in_stock).toBe(false)
    }, 30_000)
    expect((await b("GET", inStock)).data.total).toBe(counted - 1)

    // a certificate whose expiry has just passed, and the daily job started twice at the same moment
    const [cert] = await sql(
      `UPDATE ocop_certificate SET expires_at = now() - interval '1 minute'
        WHERE id = (SELECT c.id FROM ocop_certificate c JOIN product p ON p.id = c.product_id
                     WHERE c.status = 'verified' AND c.deleted_at IS NULL AND c.expires_at > now()
                       AND p.handle <> 'keo-dua-cho-lach' ORDER BY c.id LIMIT 1)
        RETURNING id`
    )
    const job = () =>
      medusa(["exec", "./src/scripts/record-expired-certificates.ts"], { ...m.db.env, REDIS_URL: m.redis.url })
    await Promise.all([job(), job()])
    const events = await sql(
      `SELECT count(*)::int AS n FROM ocop_sale_event WHERE certificate_id = $1 AND type = 'expired' AND deleted_at IS NULL`,
      [cert.id]
    )
    expect(events[0].n).toBe(1)
  }, 300_000)

  it("one server killed mid-checkout while the other serves: no order lost, none doubled", async () => {
    await setStock((await reservedAgainstOrders()).reserved + 20)
    const a = m.call("a")
    const b = m.call("b")
    const carts = await readyCarts(6, [a], "kill")
    onTestFinished(() => m.run("a", "server").then(() => undefined)) // back for the next tests, even after a failure
    const cartLocks = carts.map((c) => `medusa_lock:${c}`) // Medusa's own lock of a cart being completed
    const inFlight = carts.map((c) => a("POST", `/store/carts/${c}/complete`, {}).catch(() => null))
    // killed while inside a completion: holding that cart's lock and the product's turn in the stock queue
    for (const until = Date.now() + 30_000; !(await m.redis.cli("MGET", ...cartLocks)).some(Boolean);) {
      if (Date.now() > until) throw new Error("server A never started completing a cart")
    }
    await m.processes.get("a")!.stop("SIGKILL")
    await Promise.all(inFlight)
    const owners = await m.redis.cli("MGET", ...cartLocks)
    const stuck = carts.filter((_, i) => owners[i])
    expect(stuck, "the dead server held one cart's lock (its checkouts take turns)").toHaveLength(1)
    // the dead server's turn on the product ends by itself within 10 s (the lease it no longer renews)
    const turns = (await m.redis.cli("--scan", "--pattern", "medusa_lock:stock-queue:*")).filter(Boolean)
    expect(turns).toHaveLength(1)
    const [ttl] = await m.redis.cli("PTTL", turns[0])
    expect(Number(ttl)).toBeGreaterThan(0)
    expect(Number(ttl)).toBeLessThanOrEqual(10_000)

    const oneOrder = async (cartId: string, answer: Awaited<ReturnType<Call>>) => {
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
      expect(answer.data.type).toBe("order")
      const linked = await sql(
        `SELECT l.order_id FROM order_cart l JOIN "order" o ON o.id = l.order_id AND o.deleted_at IS NULL
          WHERE l.cart_id = $1 AND l.deleted_at IS NULL`,
        [cartId]
      )
      expect(linked.map((r) => r.order_id)).toEqual([answer.data.order.id])
    }
    // the other server completes each cart the dead one was not inside of: its one order, placed or finished now
    for (const cartId of carts.filter((c) => !stuck.includes(c)))
      await oneOrder(cartId, await b("POST", `/store/carts/${cartId}/complete`, {}))
    // the cart it was inside of stays locked for the rest of Medusa's 120 s lease: a retry meanwhile waits
    // 30 s and is told to try again (409), never given a second order nor a 500
    const early = await b("POST", `/store/carts/${stuck[0]}/complete`, {})
    expect(early.status, JSON.stringify(early.data)).toBe(409)
    expect(early.data.message).toMatch(/^Đơn hàng của giỏ này đang được xử lý.*\(.*try again\)$/)
    // the lease running out (made to end now, not in up to 90 s), the shopper's retry gets the one order
    await m.redis.cli("PEXPIRE", cartLocks[carts.indexOf(stuck[0])], "1")
    await oneOrder(stuck[0], await b("POST", `/store/carts/${stuck[0]}/complete`, {}))
    const stock = await reservedAgainstOrders()
    expect(stock.reserved).toBe(stock.ordered)
  }, 420_000)

  // answers cached by server B and pages by two storefronts on it; changes through server A, or in SQL behind all
  const shops: Awaited<ReturnType<typeof serveStorefront>>[] = []
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) shops.push(await serveStorefront(m.url("b"), m.db.publishableKey))
  }, 600_000)
  afterAll(() => shops.forEach((s) => s.stop()))
  storeCacheSuite(() => ({
    read: async (path) => {
      const r = await m.call("b")("GET", path)
      return { status: r.status, data: r.data, cache: r.headers?.get("x-ocop-cache") ?? undefined }
    },
    admin: (method, path, body) => m.call("a")(method, path, body, admin),
    sql,
    restored: false,
    base: () => m.url("b"),
    key: () => m.db.publishableKey,
    storefronts: () => shops.map((s) => s.url),
  }))

  it("without Redis, on PostgreSQL locking alone: 20 shoppers over two servers still get exactly 5 orders", async () => {
    await m.processes.get("worker")!.stop()
    m.processes.delete("worker")
    await Promise.all([m.run("a", "shared", { redis: false }), m.run("b", "shared", { redis: false })])
    await raceForLastFive([m.call("a"), m.call("b")], "postgres")
  }, 900_000)

  // then as `npm start` runs it: one server on PostgreSQL alone (the other stopped), and what it survives
  describe("one server left, on PostgreSQL alone", () => {
    beforeAll(async () => {
      await m.processes.get("b")?.stop()
      m.processes.delete("b")
      await setStock((await reservedAgainstOrders()).reserved + 100)
    }, 120_000)
    faultsSuite(() => ({
      db: () => m.db,
      call: m.call("a"),
      kill: () => m.processes.get("a")!.stop("SIGKILL"),
      restart: async () => {
        // as `npm start` does before it starts: no process runs, so every lock left is a dead one's
        await clearDeadProcessLocks(m.db.databaseUrl)
        await m.run("a", "shared", { redis: false })
      },
      pid: () => m.processes.get("a")?.child.pid,
      sql,
      readyCart: (email) => readyCartOver(m.call("a"), variantId, email),
      reservedAgainstOrders,
    }))
  })
})
