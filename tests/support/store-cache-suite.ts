import http from "node:http"
import { setTimeout } from "node:timers/promises"
import { gunzipSync } from "node:zlib"
import { MIN_SELLABLE_STARS } from "../../backend/src/modules/ocop/lib/constants"
import { eventually } from "./eventually"

/** One backend's store and admin over HTTP, and SQL on its database: what the cache suite needs. */
export type CacheTarget = {
  /** a store GET on the server whose cache is watched */
  read: (path: string) => Promise<{ status: number; data: any; cache: string | undefined }>
  /** an admin call, on the same server or another one */
  admin: (method: "POST" | "DELETE", path: string, body?: unknown) => Promise<{ status: number; data: any }>
  sql: (query: string, params?: unknown[]) => Promise<any[]>
  /** true when the database is restored between tests: cases may then share products */
  restored: boolean
  /** the watched server's address and the storefront's publishable key, for requests made byte by byte */
  base: () => string
  key: () => string
  /** storefronts on this backend (each its own process and page cache): their product pages are watched too */
  storefronts?: () => string[]
}

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** A store GET as a browser makes it, the bytes as sent (Node's http: no decompression of its own). */
function rawGet(t: CacheTarget, path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(t.base() + path, { headers: { "x-publishable-api-key": t.key(), ...headers } }, (res) => {
        const chunks: Buffer[] = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on("error", reject)
      })
      .on("error", reject)
  })
}

const priceOf = (answer: any) => answer.products[0].variants[0].calculated_price.calculated_amount as number

type Product = { id: string; handle: string; title: string; certificate_id: string; producer_id: string }

/** A product page as an anonymous shopper loads it: status, its page cache's verdict, and what its Product data says. */
async function productPage(storefront: string, handle: string) {
  const res = await fetch(`${storefront}/vi/products/${handle}`, { redirect: "manual" })
  const html = await res.text()
  const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]))
    .find((d) => d["@type"] === "Product")
  return {
    status: res.status,
    cache: res.headers.get("x-ocop-page-cache") ?? undefined,
    html,
    price: ld?.offers?.price as number | undefined,
    inStock: ld?.offers ? ld.offers.availability === "https://schema.org/InStock" : undefined,
    producer: ld?.brand?.name as string | undefined,
  }
}

const pagesOf = (t: CacheTarget, p: Product) =>
  Promise.all((t.storefronts?.() ?? []).map((s) => productPage(s, p.handle)))

/**
 * The i-th product on sale (by handle, last first) holding one certificate and
 * stock: each case its own unless the database is restored between tests
 * (Kẹo dừa is left to the other tests of several processes).
 */
async function productOnSale(t: CacheTarget, i: number): Promise<Product> {
  const rows = await t.sql(
    `SELECT p.id, p.handle, p.title, c.id AS certificate_id, c.producer_id FROM product p
       JOIN ocop_certificate c ON c.product_id = p.id AND c.status = 'verified' AND c.stars >= ${MIN_SELLABLE_STARS}
                             AND c.deleted_at IS NULL AND c.expires_at > now()
      WHERE p.status = 'published' AND p.deleted_at IS NULL AND ($1 OR p.handle <> 'keo-dua-cho-lach')
        AND NOT EXISTS (SELECT 1 FROM ocop_certificate o WHERE o.product_id = p.id AND o.id <> c.id AND o.deleted_at IS NULL)
        AND EXISTS (SELECT 1 FROM product_variant v JOIN product_variant_inventory_item l ON l.variant_id = v.id
                     WHERE v.product_id = p.id AND v.deleted_at IS NULL AND l.deleted_at IS NULL)
      ORDER BY p.handle DESC`,
    [t.restored]
  )
  const product = t.restored ? rows[i % rows.length] : rows[i]
  if (!product) throw new Error(`no ${i + 1}th product on sale with one certificate and stock`)
  return product
}

/** What the shopper sees of the product: by handle with price and stock, and by id. */
async function seen(t: CacheTarget, p: Product) {
  const { data: regions } = await t.read("/store/regions")
  const region = regions.regions[0].id
  const fields = "fields=*variants.calculated_price,%2Bvariants.inventory_quantity"
  const byHandle = await t.read(`/store/products?handle=${p.handle}&region_id=${region}&${fields}`)
  const byId = await t.read(`/store/products/${p.id}?region_id=${region}&${fields}`)
  // what the product page says of where it can be had
  const availability = await t.read(`/store/ocop/products/${p.id}/availability`)
  // and whether a search for its name finds it
  const search = await t.read(`/store/ocop/search?q=${encodeURIComponent(p.title)}&limit=50`)
  // and the storefront's one answer for its page, which must say the same at the same instant
  const onPage = await t.read(`/store/ocop/product-pages/${p.handle}?region_id=${region}`)
  const product = byHandle.data.products?.[0] ?? null
  const online = Object.values(availability.data.online ?? {}) as (number | null)[]
  expect(onPage.status, "the product page's answer finds what the store route lists").toBe(product ? 200 : 404)
  if (product) {
    expect(onPage.data.product.variants[0].calculated_price.calculated_amount).toBe(
      product.variants[0].calculated_price.calculated_amount
    )
    expect(onPage.data.product.ocop).toEqual(product.ocop)
    expect(onPage.data.availability).toEqual(availability.data)
  }
  const pages = await pagesOf(t, p)
  return {
    pages,
    listed: Boolean(product),
    found: byId.status === 200,
    price: product?.variants?.[0]?.calculated_price?.calculated_amount as number | undefined,
    stock: product?.variants?.[0]?.inventory_quantity as number | undefined,
    onlineUnits: online.reduce<number>((n, u) => n + (u ?? 0), 0),
    producer: product?.ocop?.producer?.name as string | undefined,
    searched: (search.data.hits as { id: string }[]).some((h) => h.id === p.id),
    cache: [byHandle.cache, byId.cache, availability.cache, search.cache, onPage.cache],
    /** the reviews the product page's answer shows */
    reviewsOnPage: ((onPage.data.reviews?.reviews ?? []) as { body: string }[]).map((r) => r.body),
  }
}

/**
 * Reads until the answers and product pages come from the caches, or the suite
 * tests nothing. Again and not just twice: the search index's sync of an
 * earlier change may still renew the pages' version once.
 */
async function warm(t: CacheTarget, p: Product) {
  await seen(t, p)
  let again!: Awaited<ReturnType<typeof seen>>
  await eventually(async () => {
    again = await seen(t, p)
    expect(again.cache, JSON.stringify(again.cache)).toEqual(["hit", "hit", "hit", "hit", "hit"])
    expect(
      again.pages.map((page) => [page.status, page.cache]),
      "each storefront's product page from its page cache"
    ).toEqual(again.pages.map(() => [200, "hit"]))
  })
  return again
}

/** Every storefront's product page, as the very next request after the change shows it. */
const pageFacts = (
  after: Awaited<ReturnType<typeof seen>>,
  fact: (page: Awaited<ReturnType<typeof productPage>>) => unknown
) => after.pages.map(fact)

const variantsOf = `SELECT v.id FROM product_variant v WHERE v.product_id = $1 AND v.deleted_at IS NULL`

/**
 * Every cache of store product answers, under a change of what it holds: the
 * very next answer shows the change. `t` may read on one server and write
 * through another, or behind every server's back in SQL.
 */
export function storeCacheSuite(target: () => CacheTarget) {
  describe("cached store product answers change on the very next request", () => {
    it("when the certificate's expiry instant passes, with no write at that instant", async () => {
      const t = target()
      const p = await productOnSale(t, 0)
      const at = new Date(Date.now() + 4000)
      await t.sql(`UPDATE ocop_certificate SET expires_at = $2 WHERE id = $1`, [p.certificate_id, at])
      expect([(await warm(t, p)).listed, (await seen(t, p)).searched]).toEqual([true, true])
      await setTimeout(at.getTime() - Date.now() + 50)
      const after = await seen(t, p)
      expect([after.listed, after.found, after.onlineUnits, after.searched]).toEqual([false, false, 0, false])
      expect(pageFacts(after, (page) => page.status)).toEqual(after.pages.map(() => 404))
    })

    it("when the certificate is revoked", async () => {
      const t = target()
      const p = await productOnSale(t, 1)
      expect([(await warm(t, p)).listed, (await seen(t, p)).searched]).toEqual([true, true])
      const res = await t.admin("POST", `/admin/ocop/certificates/${p.certificate_id}/status`, {
        status: "revoked",
        reason: "Kiểm tra lại",
      })
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      const after = await seen(t, p)
      expect([after.listed, after.found, after.onlineUnits, after.searched]).toEqual([false, false, 0, false])
      expect(pageFacts(after, (page) => page.status)).toEqual(after.pages.map(() => 404))
    })

    it("the search page of a storefront stops listing a product the moment its certificate is revoked", async () => {
      const t = target()
      const p = await productOnSale(t, 7)
      const link = `href="/vi/products/${p.handle}"`
      const search = (s: string) => fetch(`${s}/vi/search?q=${encodeURIComponent(p.title)}`)
      for (const s of t.storefronts?.() ?? [])
        await eventually(async () => {
          const held = await search(s)
          expect([held.headers.get("x-ocop-page-cache"), (await held.text()).includes(link)]).toEqual(["hit", true])
        })
      const res = await t.admin("POST", `/admin/ocop/certificates/${p.certificate_id}/status`, {
        status: "revoked",
        reason: "Kiểm tra lại",
      })
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      for (const s of t.storefronts?.() ?? []) expect((await (await search(s)).text()).includes(link)).toBe(false)
    })

    it("when the product is unpublished", async () => {
      const t = target()
      const p = await productOnSale(t, 2)
      expect([(await warm(t, p)).listed, (await seen(t, p)).searched]).toEqual([true, true])
      const res = await t.admin("POST", `/admin/products/${p.id}`, { status: "draft" })
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      const after = await seen(t, p)
      expect([after.listed, after.found, after.searched]).toEqual([false, false, false])
      expect(pageFacts(after, (page) => page.status)).toEqual(after.pages.map(() => 404))
    })

    it("when its price changes, even in SQL behind every server's back", async () => {
      const t = target()
      const p = await productOnSale(t, 3)
      const before = await warm(t, p)
      await t.sql(
        `UPDATE price SET amount = amount + 5000, raw_amount = jsonb_build_object('value', (amount + 5000)::text, 'precision', 20)
          WHERE price_set_id IN (SELECT price_set_id FROM product_variant_price_set WHERE variant_id IN (${variantsOf}))`,
        [p.id]
      )
      const after = await seen(t, p)
      expect(after.price).toBe(before.price! + 5000)
      expect(pageFacts(after, (page) => page.price)).toEqual(after.pages.map(() => before.price! + 5000))
    })

    it("when it sells out", async () => {
      const t = target()
      const p = await productOnSale(t, 4)
      const before = await warm(t, p)
      expect([before.stock! > 0, before.onlineUnits > 0]).toEqual([true, true])
      await t.sql(
        `UPDATE inventory_level SET stocked_quantity = reserved_quantity,
                raw_stocked_quantity = jsonb_build_object('value', reserved_quantity::text, 'precision', 20)
          WHERE inventory_item_id IN (SELECT inventory_item_id FROM product_variant_inventory_item
                                       WHERE variant_id IN (${variantsOf}) AND deleted_at IS NULL)`,
        [p.id]
      )
      const after = await seen(t, p)
      expect([after.stock, after.onlineUnits]).toEqual([0, 0])
      expect(pageFacts(after, (page) => page.inStock)).toEqual(after.pages.map(() => false))
    })

    it("stock that leaves a product in stock changes its page only: home and search pages stay kept", async () => {
      const t = target()
      const p = await productOnSale(t, 10)
      const before = await warm(t, p)
      expect(before.stock).toBeGreaterThan(1)
      const urls = (t.storefronts?.() ?? []).flatMap((s) => [
        `${s}/vi`,
        `${s}/vi/search?q=${encodeURIComponent(p.title)}`,
      ])
      const kept = () => Promise.all(urls.map(async (url) => (await fetch(url)).headers.get("x-ocop-page-cache")))
      await eventually(async () => expect(await kept()).toEqual(urls.map(() => "hit")))
      // one unit fewer, as an order or a counter sale leaves it: still in stock
      await t.sql(
        `UPDATE inventory_level SET stocked_quantity = stocked_quantity - 1,
                raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity - 1)::text, 'precision', 20)
          WHERE inventory_item_id IN (SELECT inventory_item_id FROM product_variant_inventory_item
                                       WHERE variant_id IN (${variantsOf}) AND deleted_at IS NULL)`,
        [p.id]
      )
      const after = await seen(t, p)
      expect(after.stock).toBe(before.stock! - 1)
      expect(pageFacts(after, (page) => page.cache)).toEqual(after.pages.map(() => "miss"))
      expect(await kept()).toEqual(urls.map(() => "hit"))
    })

    it("when its producer takes a new name", async () => {
      const t = target()
      const p = await productOnSale(t, 5)
      expect((await warm(t, p)).producer).toBeTruthy()
      await t.sql(`UPDATE ocop_producer SET name = 'Hợp tác xã Đổi Tên' WHERE id = $1`, [p.producer_id])
      const after = await seen(t, p)
      expect(after.producer).toBe("Hợp tác xã Đổi Tên")
      expect(pageFacts(after, (page) => page.producer)).toEqual(after.pages.map(() => "Hợp tác xã Đổi Tên"))
    })

    it("when a buyer's review is published, the product page shows it at once", async () => {
      const t = target()
      const p = await productOnSale(t, 8)
      await warm(t, p)
      const body = "Kẹo thơm, đóng gói cẩn thận, sẽ mua lại"
      // as the reviews module writes it, behind every process's back
      await t.sql(
        `INSERT INTO ocop_review (id, product_id, producer_id, order_id, line_item_id, customer_id, author_name, rating,
                                  body, photos, received_at, created_at, updated_at)
         VALUES ('rev_cache_' || md5(random()::text), $1, $2, 'order_x', 'line_' || md5(random()::text), 'cus_x',
                 'Lan', 5, $3, '[]'::jsonb, now(), now(), now())`,
        [p.id, p.producer_id, body]
      )
      const after = await seen(t, p)
      expect(after.reviewsOnPage).toContain(body)
      expect(pageFacts(after, (page) => page.html.includes(body))).toEqual(after.pages.map(() => true))
    })

    it("a search's answer follows the index: changed on the very next search after any process writes to it", async () => {
      const t = target()
      const p = await productOnSale(t, 9)
      const path = `/store/ocop/search?q=${encodeURIComponent(p.title)}&limit=50`
      const titleOf = (answer: any) => answer.hits.find((h: { id: string }) => h.id === p.id)?.title
      await eventually(async () => {
        const held = await t.read(path)
        expect([held.cache, titleOf(held.data)]).toEqual(["hit", p.title])
      })
      // as an index write from another process (the worker's sync) does it: the rows, then the index's token
      await t.sql(
        `UPDATE ocop_search_document SET document = jsonb_set(document, '{title}', to_jsonb($2::text)) WHERE id = $1`,
        [p.id, `${p.title} (mùa mới)`]
      )
      await t.sql(`UPDATE ocop_search_version SET token = gen_random_uuid()::text WHERE id = 1`)
      const after = await t.read(path)
      expect([after.cache, titleOf(after.data)]).toEqual(["miss", `${p.title} (mùa mới)`])
    })

    it("when the operator renames the selling region the storefront prices in", async () => {
      const t = target()
      const first = await t.read("/store/regions")
      const again = await t.read("/store/regions")
      expect([first.status, again.cache]).toEqual([200, "hit"])
      const region = again.data.regions[0]
      const res = await t.admin("POST", `/admin/regions/${region.id}`, { name: `${region.name} (đổi tên)` })
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      const after = await t.read("/store/regions")
      expect(after.data.regions[0].name).toBe(`${region.name} (đổi tên)`)
    })

    it("a shopper holding an answer is told 304 until it changes; the answer comes gzipped to whoever takes gzip", async () => {
      const t = target()
      const p = await productOnSale(t, 6)
      const { data: regions } = await t.read("/store/regions")
      const path = `/store/products?handle=${p.handle}&region_id=${regions.regions[0].id}&fields=*variants.calculated_price`
      const plain = await rawGet(t, path, {})
      expect([plain.status, plain.headers["content-encoding"]]).toEqual([200, undefined])
      const answer = JSON.parse(plain.body.toString("utf8"))
      expect(answer.products[0].handle).toBe(p.handle)
      // the entry's gzip is made off the request, a moment after the answer
      let gzipped!: Raw
      await eventually(async () => {
        gzipped = await rawGet(t, path, { "accept-encoding": "gzip, deflate, br" })
        expect([gzipped.status, gzipped.headers["x-ocop-cache"], gzipped.headers["content-encoding"]]).toEqual([
          200,
          "hit",
          "gzip",
        ])
      })
      expect(JSON.parse(gunzipSync(gzipped.body).toString("utf8"))).toEqual(answer)

      const etag = plain.headers.etag!
      expect(gzipped.headers.etag).toBe(etag)
      const held = await rawGet(t, path, { "if-none-match": etag })
      expect([held.status, held.body.length]).toEqual([304, 0])

      await t.sql(
        `UPDATE price SET amount = amount + 7000, raw_amount = jsonb_build_object('value', (amount + 7000)::text, 'precision', 20)
          WHERE price_set_id IN (SELECT price_set_id FROM product_variant_price_set WHERE variant_id IN (${variantsOf}))`,
        [p.id]
      )
      const changed = await rawGet(t, path, { "if-none-match": etag })
      expect(changed.status).toBe(200)
      expect(changed.headers.etag).not.toBe(etag)
      expect(priceOf(JSON.parse(changed.body.toString("utf8")))).toBe(priceOf(answer) + 7000)
    })
  })
}
