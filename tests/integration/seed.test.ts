import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { PRODUCERS } from "../../seed/data/producers"
import { PRODUCTS } from "../../seed/data/products"
import { loadCatalogue } from "../../seed/load"
import { withBackend } from "../support/backend-app"

withBackend(
  (ctx) => {
    async function storeCatalogue() {
      const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
      const { data } = await ctx.api.get(
        `/store/products?limit=200&region_id=${regions.regions[0].id}&fields=handle,thumbnail,variants.calculated_price.calculated_amount`,
        ctx.storeHeaders
      )
      return data
    }

    it("sells a realistic certified catalogue and hides every unsellable record", async () => {
      const data = await storeCatalogue()
      expect(data.count).toBeGreaterThanOrEqual(60)
      const handles = data.products.map((p: any) => p.handle)
      for (const fixture of PRODUCTS.filter((p) => p.fixture)) expect(handles).not.toContain(fixture.handle)
      expect(
        PRODUCTS.filter((p) => p.fixture)
          .map((p) => p.fixture)
          .sort()
      ).toEqual(["expired", "no-certificate", "revoked", "submitted", "two-star"])

      const badges = data.products.map((p: any) => p.ocop)
      const formerProvinces = new Set(badges.map((b: any) => b.province.former.code))
      expect(formerProvinces.size).toBeGreaterThanOrEqual(12)
      for (const code of ["ben-tre", "bac-giang", "soc-trang", "tien-giang"]) expect(formerProvinces).toContain(code)
      expect(new Set(badges.map((b: any) => b.product_group)).size).toBe(6)
      expect(new Set(badges.map((b: any) => b.stars))).toEqual(new Set([3, 4, 5]))
      expect(badges.filter((b: any) => b.stars === 5).every((b: any) => b.level === "national")).toBe(true)
      expect(new Set(badges.map((b: any) => b.producer.type)).size).toBe(4)
      expect(badges.some((b: any) => b.province.label === "Vĩnh Long (Bến Tre)")).toBe(true)
    })

    it("prices everything in whole dong and serves its images locally", async () => {
      const data = await storeCatalogue()
      for (const p of data.products) {
        expect(p.handle).toMatch(/^[a-z0-9-]+$/)
        expect(new URL(p.thumbnail).pathname).toBe(`/static/ocop/${p.handle}.svg`)
        for (const v of p.variants) expect(Number.isInteger(v.calculated_price.calculated_amount)).toBe(true)
      }
      const image = await ctx.api.get(new URL(data.products[0].thumbnail).pathname)
      expect(image.headers["content-type"]).toMatch(/svg/)
      expect(image.data).toContain("<svg")
    })

    it("has at least 25 producers of all four types", async () => {
      const producers = await ctx.container().resolve(OCOP_MODULE).listOcopProducers({}, { take: null })
      expect(producers.length).toBeGreaterThanOrEqual(25)
      expect(new Set(producers.map((p: any) => p.type)).size).toBe(4)
    })

    it("creates nothing twice when run again", async () => {
      const container = ctx.container()
      const counts = async () => ({
        products: (await container.resolve(Modules.PRODUCT).listProducts({}, { take: null })).length,
        certificates: (await container.resolve(OCOP_MODULE).listOcopCertificates({}, { take: null })).length,
        producers: (await container.resolve(OCOP_MODULE).listOcopProducers({}, { take: null })).length,
        provinces: (await container.resolve(OCOP_MODULE).listOcopProvinces({}, { take: null })).length,
        regions: (await container.resolve(Modules.REGION).listRegions({})).length,
        keys: (await container.resolve(Modules.API_KEY).listApiKeys({ title: "OCOP Storefront" })).length,
        salesChannels: (await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})).length,
        shippingOptions: (await container.resolve(Modules.FULFILLMENT).listShippingOptions({})).length,
        stock: (await container.resolve(Modules.INVENTORY).listInventoryLevels({}, { take: null })).length,
      })
      const before = await counts()
      const again = await loadCatalogue(container, { producers: PRODUCERS, products: PRODUCTS })
      expect(again.created).toBe(0)
      expect(await counts()).toEqual(before)
      expect(before.provinces).toBe(63)
      expect(before.regions).toBe(1)
      expect(before.salesChannels).toBe(1)
    })
  },
  { producers: PRODUCERS, products: PRODUCTS }
)
