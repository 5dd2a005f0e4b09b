import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { withBackend, Ctx, Suite } from "./backend-app"
import { CURRENT_VINH_LONG, FORMER_BEN_TRE, ON_SALE, SEARCH_PRODUCERS, SEARCH_PRODUCTS } from "./search-fixtures"
import { UNSELLABLE_HANDLES } from "./fixtures"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { reindexSearch, checkSearchDrift } from "../../backend/src/workflows/search/utils/search-reindex"
import { OCOP_SEARCH_MODULE } from "../../backend/src/modules/ocop-search"
import { syncSearchDocumentsWorkflow } from "../../backend/src/workflows/search/sync-search-documents"
import { eventually } from "./eventually"

/** The catalogue the search contract and the storefront's browser suite are written against. */
export const SEARCH_CATALOGUE = { producers: SEARCH_PRODUCERS, products: SEARCH_PRODUCTS }

/** On its own backend, booted with the search catalogue. */
export function searchContract(engine: "postgres" | "meilisearch") {
  withBackend(searchContractSuite(engine), SEARCH_CATALOGUE)
}

/**
 * The behaviour every search engine must show, through the real store route,
 * on a backend booted with SEARCH_CATALOGUE.
 */
export function searchContractSuite(engine: "postgres" | "meilisearch"): Suite {
  return (ctx: Ctx) => {
    const search = async (query: string) => {
      const res = await ctx.api.get(`/store/ocop/search?${query}`, ctx.storeHeaders)
      return res.data
    }
    const handles = async (query: string) => (await search(query)).hits.map((h: any) => h.handle).sort()
    const failure = async (query: string) => {
      const err = await ctx.api.get(`/store/ocop/search?${query}`, ctx.storeHeaders).catch((e: any) => e.response)
      return { status: err.status, message: err.data?.message as string }
    }
    const certificateOf = async (number: string) => {
      const [c] = await ctx
        .container()
        .resolve(OCOP_MODULE)
        .listOcopCertificates({ certificate_number: number }, { relations: ["producer"] })
      return c
    }

    beforeEach(async () => {
      // the runner restores the database between tests, behind the engine's back
      ctx.container().resolve(OCOP_SEARCH_MODULE).forgetCachedCounts()
      // an external index is not part of the database the runner restores between tests
      if (engine === "meilisearch") await reindexSearch(ctx.container())
    })

    it(`answers with the ${engine} engine`, async () => {
      expect((await search("")).engine).toBe(engine)
    })

    it("lists only products on sale, each with badge, provenance, price and availability", async () => {
      const all = await search("limit=100")
      expect(all.hits.map((h: any) => h.handle).sort()).toEqual([...ON_SALE].sort())
      expect(all.total).toBe(ON_SALE.length)
      for (const h of UNSELLABLE_HANDLES) expect(all.hits.map((x: any) => x.handle)).not.toContain(h)
      const keo = all.hits.find((h: any) => h.handle === "keo-dua-cho-lach")
      expect(keo).toMatchObject({
        title: "Kẹo dừa Chợ Lách",
        stars: 4,
        level: "provincial",
        price: 85000,
        in_stock: true,
        certificate_number: "T-BT-1",
        province_code: "ben-tre",
        current_province_code: "vinh-long",
        province_label: "Vĩnh Long (Bến Tre)",
        producer_name: "Hợp tác xã Dừa Chợ Lách",
        commune: "Xã Hòa Nghĩa",
      })
      expect(all.hits.find((h: any) => h.handle === "binh-gom-do").in_stock).toBe(false)
      expect(typeof all.took_ms).toBe("number")
      // the folded text fields are for matching, not for showing
      expect(keo.title_text).toBeUndefined()
    })

    it("matches Vietnamese without diacritics, đ as d, in any word order", async () => {
      expect(await handles("q=keo dua")).toEqual(["keo-dua-cho-lach"])
      expect(await handles("q=dua keo")).toEqual(["keo-dua-cho-lach"])
      expect(await handles("q=Kẹo Dừa")).toEqual(["keo-dua-cho-lach"])
      expect(await handles("q=banh pia")).toEqual(["banh-pia-kim-sa"])
      expect(await handles("q=gom do")).toEqual(["binh-gom-do"])
      expect(await handles("q=gốm đỏ")).toEqual(["binh-gom-do"])
      expect(await handles("q=ST25")).toEqual(["gao-st25-hoa-tu"])
    })

    it("tolerates a typo in a longer word, and matches the last word as a prefix", async () => {
      expect(await handles("q=vai thieuu")).toEqual(["vai-thieu-luc-ngan"])
      expect(await handles("q=sau rieeng")).toEqual(["sau-rieng-cho-lach"])
      expect(await handles("q=buoi nam ro")).toEqual(["buoi-nam-roi-my-hoa"])
      expect(await handles("q=xyzzy")).toEqual([])
    })

    it("a current province (filter or text) includes products certified under its former provinces", async () => {
      expect(await handles("province=vinh-long")).toEqual([...CURRENT_VINH_LONG].sort())
      expect(await handles("q=Vĩnh Long")).toEqual([...CURRENT_VINH_LONG].sort())
      expect(await handles("q=vinh long")).toEqual([...CURRENT_VINH_LONG].sort())
      const res = await search("q=Vĩnh Long")
      expect(res.query.province_from_text).toMatchObject({ code: "vinh-long", scope: "current" })
      // Sóc Trăng's products are Cần Thơ's now
      expect(await handles("province=can-tho")).toEqual(["banh-pia-kim-sa", "gao-st25-hoa-tu"])
    })

    it("a former province's name finds exactly its own products, not its merged neighbours'", async () => {
      expect(await handles("q=Bến Tre")).toEqual([...FORMER_BEN_TRE].sort())
      expect(await handles("province=ben-tre")).toEqual([...FORMER_BEN_TRE].sort())
      expect(await handles("q=keo dua ben tre")).toEqual(["keo-dua-cho-lach"])
      expect(await handles("q=Trà Vinh")).toEqual(["banh-tet-tra-cuon"])
    })

    it("facets show current provinces with their former units, every star level, groups, producer types and prices", async () => {
      const { facets } = await search("")
      const vinhLong = facets.province.find((p: any) => p.code === "vinh-long")
      expect(vinhLong).toMatchObject({ name: "Vĩnh Long", count: 5 })
      expect(vinhLong.former).toEqual(
        expect.arrayContaining([
          { code: "ben-tre", name: "Bến Tre", count: 2 },
          { code: "tra-vinh", name: "Trà Vinh", count: 1 },
        ])
      )
      expect(facets.province.map((p: any) => p.code).sort()).toEqual(["bac-ninh", "can-tho", "vinh-long"])
      expect(facets.stars).toEqual([
        { value: 5, count: 2 },
        { value: 4, count: 3 },
        { value: 3, count: 3 },
      ])
      expect(facets.group).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: "food", count: 7 }),
          expect.objectContaining({ code: "souvenir_decor", count: 1 }),
        ])
      )
      expect(facets.producer_type.reduce((n: number, t: any) => n + t.count, 0)).toBe(ON_SALE.length)
      const price = Object.fromEntries(facets.price.map((b: any) => [b.key, b.count]))
      expect(price).toEqual({ under_100k: 5, "100k_200k": 1, "200k_500k": 1, "500k_1m": 1, over_1m: 0 })
      // facets follow the filters
      const filtered = await search("province=vinh-long&stars_min=4")
      expect(filtered.total).toBe(4)
      expect(filtered.facets.stars).toEqual([
        { value: 5, count: 1 },
        { value: 4, count: 3 },
        { value: 3, count: 0 },
      ])
    })

    it("filters stars as a minimum and as exact values, and by group, producer type, price and stock", async () => {
      expect(await handles("stars_min=5")).toEqual(["gao-st25-hoa-tu", "sau-rieng-cho-lach"])
      expect(await handles("stars=3,5")).toEqual([
        "banh-pia-kim-sa",
        "buoi-nam-roi-my-hoa",
        "gao-st25-hoa-tu",
        "sau-rieng-cho-lach",
        "vai-thieu-luc-ngan",
      ])
      expect(await handles("stars=4&stars_min=5")).toEqual([])
      expect(await handles("group=souvenir_decor")).toEqual(["binh-gom-do"])
      expect(await handles("producer_type=household")).toEqual(["banh-pia-kim-sa", "vai-thieu-luc-ngan"])
      expect(await handles("price_min=100000&price_max=300000")).toEqual(["banh-tet-tra-cuon", "buoi-nam-roi-my-hoa"])
      expect(await handles("in_stock=false")).toEqual(["binh-gom-do"])
      expect(await handles("producer=ho-vai-luc-ngan")).toEqual(["banh-pia-kim-sa", "vai-thieu-luc-ngan"])
      expect(await handles("producer=no-such-producer")).toEqual([])
    })

    it("sorts by price, stars and newest, and pages without overlap", async () => {
      const prices = (await search("sort=price_asc")).hits.map((h: any) => h.price)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      const desc = (await search("sort=price_desc")).hits.map((h: any) => h.price)
      expect(desc[0]).toBe(650000)
      const stars = (await search("sort=stars_desc")).hits.map((h: any) => h.stars)
      expect(stars).toEqual([...stars].sort((a, b) => b - a))
      const newest = (await search("sort=newest")).hits.map((h: any) => h.listed_at)
      expect(newest).toEqual([...newest].sort((a, b) => b - a))

      const seen: string[] = []
      for (let page = 1; page <= 3; page++) {
        const res = await search(`sort=price_asc&limit=3&page=${page}`)
        expect(res).toMatchObject({ total: ON_SALE.length, pages: 3, page, limit: 3 })
        seen.push(...res.hits.map((h: any) => h.handle))
      }
      expect(seen.sort()).toEqual([...ON_SALE].sort())
      const past = await search("limit=3&page=50")
      expect(past.hits).toEqual([])
      expect(past.total).toBe(ON_SALE.length)
    })

    it("drops a product from hits and facet counts the instant its certificate expires, without a sync", async () => {
      const c = await certificateOf("T-TV-4")
      const expiresAt = new Date(Date.now() + 3000)
      await ctx.container().resolve(OCOP_MODULE).updateOcopCertificates({ id: c.id, expires_at: expiresAt })
      await syncSearchDocumentsWorkflow(ctx.container()).run({ input: { product_ids: [c.product_id] } })
      expect(await handles("q=banh tet")).toEqual(["banh-tet-tra-cuon"])
      await new Promise((r) => setTimeout(r, expiresAt.getTime() - Date.now() + 50))
      expect(await handles("q=banh tet")).toEqual([])
      const { facets, total } = await search("")
      expect(total).toBe(ON_SALE.length - 1)
      expect(
        facets.province.find((p: any) => p.code === "vinh-long").former.find((f: any) => f.code === "tra-vinh")
      ).toBeUndefined()
    })

    it("never shows a hit whose certificate was revoked behind the index's back (no event, no sync)", async () => {
      const [c] = await ctx.container().resolve(OCOP_MODULE).listOcopCertificates({ certificate_number: "T-BG-3" })
      await ctx
        .container()
        .resolve(OCOP_MODULE)
        .updateOcopCertificates({ id: c.id, status: "revoked", status_reason: "test" })
      expect(await handles("q=vai thieu")).toEqual([])
    })

    it("total, pages and every facet count agree with the hits when products left sale behind the index's back", async () => {
      const before = await search("limit=3")
      const starsOf = (r: any, v: number) => r.facets.stars.find((s: any) => s.value === v)?.count ?? 0
      const provinceOf = (r: any, code: string) => r.facets.province.find((p: any) => p.code === code)?.count ?? 0
      // no event, no sync (as when a sync failed): a revocation and an unpublished product written straight to the database
      const knex = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex("ocop_certificate").where({ certificate_number: "T-BG-3" }).update({ status: "revoked" })
      await knex("product")
        .where({ id: ctx.productIdByHandle.get("gao-st25-hoa-tu")! })
        .update({ status: "draft" })

      const after = await search("limit=3")
      const all = await search("limit=100")
      expect(all.hits.map((h: any) => h.handle).sort()).toEqual(
        ON_SALE.filter((h) => h !== "vai-thieu-luc-ngan" && h !== "gao-st25-hoa-tu").sort()
      )
      expect(after.total).toBe(ON_SALE.length - 2)
      expect(all.total).toBe(all.hits.length)
      expect(after.pages).toBe(Math.ceil((ON_SALE.length - 2) / 3))
      expect(starsOf(after, 3)).toBe(starsOf(before, 3) - 1) // vải thiều, 3 stars
      expect(starsOf(after, 5)).toBe(starsOf(before, 5) - 1) // gạo ST25, 5 stars
      expect(provinceOf(after, "bac-ninh")).toBe(provinceOf(before, "bac-ninh") - 1)
      expect(provinceOf(after, "can-tho")).toBe(provinceOf(before, "can-tho") - 1)
      const counted = (facet: any[]) => facet.reduce((sum, f) => sum + f.count, 0)
      for (const facet of ["province", "stars", "group", "producer_type"])
        expect(counted(after.facets[facet])).toBe(after.total)
      // the last page holds the rest, and no page past it holds anything
      const last = await search(`limit=3&page=${after.pages}`)
      expect(last.hits.length).toBe(after.total - 3 * (after.pages - 1))
    })

    it("follows catalogue changes: title, price, stock, revocation, deletion and a producer's new name", async () => {
      const keo = ctx.productIdByHandle.get("keo-dua-cho-lach")!
      await ctx.api.post(`/admin/products/${keo}`, { title: "Kẹo dừa sầu riêng Chợ Lách" }, ctx.adminHeaders)
      await eventually(async () => expect(await handles("q=keo dua sau rieng")).toEqual(["keo-dua-cho-lach"]))

      const { data } = await ctx.api.get(`/admin/products/${keo}?fields=variants.id`, ctx.adminHeaders)
      await ctx.api.post(
        `/admin/products/${keo}/variants/${data.product.variants[0].id}`,
        { prices: [{ currency_code: "vnd", amount: 99000 }] },
        ctx.adminHeaders
      )
      await eventually(async () => expect((await search("q=keo dua")).hits[0].price).toBe(99000))

      const [item] = await ctx.container().resolve(Modules.INVENTORY).listInventoryItems({ sku: "KEO-DUA-CHO-LACH" })
      const [level] = await ctx
        .container()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: item.id })
      await ctx.api.post(
        `/admin/inventory-items/${item.id}/location-levels/${level.location_id}`,
        { stocked_quantity: 0 },
        ctx.adminHeaders
      )
      await eventually(async () => expect((await search("q=keo dua")).hits[0].in_stock).toBe(false))

      const c = await certificateOf("T-BG-3")
      await ctx.api.post(
        `/admin/ocop/certificates/${c.id}/status`,
        { status: "revoked", reason: "Vi phạm an toàn thực phẩm" },
        ctx.adminHeaders
      )
      await eventually(async () => expect(await handles("q=vai thieu")).toEqual([]))

      await ctx.api.delete(`/admin/products/${ctx.productIdByHandle.get("banh-pia-kim-sa")}`, ctx.adminHeaders)
      await eventually(async () => expect(await handles("q=banh pia")).toEqual([]))

      // a typo of a word no product has yet finds nothing, and the engine may keep that lookup
      expect(await handles("q=mekongg xanh")).toEqual([])
      const chanhThu = (await certificateOf("T-BT-5")).producer
      await ctx.api.post(
        `/admin/ocop/producers/${chanhThu.id}`,
        { name: "Công ty Nông sản Mekong Xanh" },
        ctx.adminHeaders
      )
      await eventually(async () =>
        expect(await handles("q=mekong xanh")).toEqual([
          "banh-tet-tra-cuon",
          "buoi-nam-roi-my-hoa",
          "sau-rieng-cho-lach",
        ])
      )
      expect((await search("q=mekong xanh")).hits[0].producer_name).toBe("Công ty Nông sản Mekong Xanh")
      // once the word is in the index, the same typo finds it on the very next search
      expect(await handles("q=mekongg xanh")).toEqual([
        "banh-tet-tra-cuon",
        "buoi-nam-roi-my-hoa",
        "sau-rieng-cho-lach",
      ])

      const drift = await checkSearchDrift(ctx.container())
      expect({ missing: drift.missing, stale: drift.stale, extra: drift.extra }).toEqual({
        missing: [],
        stale: [],
        extra: [],
      })
    })

    it("a sync that changes no document writes nothing: the index's version and cached answers stay", async () => {
      const keo = ctx.productIdByHandle.get("keo-dua-cho-lach")!
      const knex = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const version = async () => (await knex("ocop_search_version").where("id", 1).first()).token as string
      const sync = () => syncSearchDocumentsWorkflow(ctx.container()).run({ input: { product_ids: [keo] } })
      const cache = async () =>
        (await ctx.api.get("/store/ocop/search?q=keo dua", ctx.storeHeaders)).headers["x-ocop-cache"]
      await sync() // as the catalogue stands now
      const before = await version()
      await cache()
      expect(await cache()).toBe("hit")

      // as after an order that leaves the product in stock: its document is what the index holds
      expect((await sync()).result).toEqual({ indexed: 0, removed: 0 })
      expect(await version()).toBe(before)
      expect(await cache()).toBe("hit")

      // a change to what the document holds is written, and the next answer is made again
      await knex("ocop_producer").where("handle", "htx-dua-cho-lach").update({ name: "HTX Dừa Chợ Lách Mới" })
      expect((await sync()).result).toEqual({ indexed: 1, removed: 0 })
      expect(await version()).not.toBe(before)
      const res = await ctx.api.get("/store/ocop/search?q=keo dua", ctx.storeHeaders)
      expect([res.headers["x-ocop-cache"], res.data.hits[0].producer_name]).toEqual(["miss", "HTX Dừa Chợ Lách Mới"])
    })

    it("the drift check finds a damaged index and a reindex repairs it", async () => {
      const index = ctx.container().resolve(OCOP_SEARCH_MODULE)
      const keo = ctx.productIdByHandle.get("keo-dua-cho-lach")!
      const gao = ctx.productIdByHandle.get("gao-st25-hoa-tu")!
      const fixture = ctx.productIdByHandle.get("fixture-revoked")!
      const [gaoDoc] = await index.getDocuments([gao])
      await index.removeDocuments([keo])
      await index.upsertDocuments([
        { ...gaoDoc, title: "Gạo cũ" },
        { ...gaoDoc, id: fixture, handle: "fixture-revoked" },
      ])
      const drift = await checkSearchDrift(ctx.container())
      expect(drift).toMatchObject({ missing: [keo], stale: [gao], extra: [fixture] })
      expect(await handles("q=keo dua")).toEqual([])

      const result = await reindexSearch(ctx.container())
      expect(result).toMatchObject({ indexed: ON_SALE.length, removed: 0 })
      expect(await checkSearchDrift(ctx.container())).toMatchObject({ missing: [], stale: [], extra: [] })
      expect(await handles("q=keo dua")).toEqual(["keo-dua-cho-lach"])
      expect(await handles("limit=100")).not.toContain("fixture-revoked")
    })

    it("bad input answers 400 with a clear message, or an empty result, never a 500", async () => {
      expect(await failure(`q=${"a".repeat(10 * 1024)}`)).toMatchObject({
        status: 400,
        message: expect.stringContaining("200"),
      })
      expect(await failure("stars=6")).toMatchObject({ status: 400, message: expect.stringMatching(/stars|sao/) })
      expect(await failure("stars_min=abc")).toMatchObject({ status: 400 })
      expect(await failure("price_min=500000&price_max=100")).toMatchObject({
        status: 400,
        message: expect.stringContaining("price_min"),
      })
      expect(await failure("price_min=-5")).toMatchObject({ status: 400 })
      expect(await failure("price_min=1.5")).toMatchObject({ status: 400 })
      expect(await failure("province=atlantis")).toMatchObject({
        status: 400,
        message: expect.stringContaining("atlantis"),
      })
      expect(await failure("group=weapons")).toMatchObject({ status: 400, message: expect.stringContaining("group") })
      expect(await failure("sort=cheapest")).toMatchObject({ status: 400 })
      expect(await failure("page=0")).toMatchObject({ status: 400 })
      expect(await failure("limit=5000")).toMatchObject({ status: 400 })
      expect(await failure("unknown=1")).toMatchObject({ status: 400 })
      expect(await failure("producer=%3Cscript%3E")).toMatchObject({
        status: 400,
        message: expect.stringContaining("producer"),
      })
      expect(await failure("q.x=1")).toMatchObject({ status: 400 })
      const control = await search(`q=${encodeURIComponent("\u0000\u0001keo\u001b\t dua\u007f\u202e")}`)
      expect(control.hits.map((h: any) => h.handle)).toEqual(["keo-dua-cho-lach"])
      expect((await search(`q=${encodeURIComponent("'; drop table product; --")}`)).total).toBe(0)
      expect((await search(`q=${encodeURIComponent("&|!:*()<->")}`)).total).toBe(ON_SALE.length)
    })
  }
}
