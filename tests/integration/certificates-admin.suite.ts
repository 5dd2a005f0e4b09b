import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { recordExpiredCertificatesWorkflow } from "../../backend/src/workflows/certificate/record-expired-certificates"
import type { Suite } from "../support/backend-app"

const settle = (p: Promise<any>) => p.catch((e) => e.response ?? Promise.reject(e))

export const certificatesAdmin: Suite = (ctx) => {
  const admin = () => ctx.adminHeaders
  const ocop = () => ctx.container().resolve(OCOP_MODULE)
  const count = async () => (await ocop().listOcopCertificates({}, { take: null })).length

  async function draftProduct(handle: string, status: "draft" | "published" = "draft") {
    const [store] = await ctx.container().resolve(Modules.STORE).listStores()
    return settle(
      ctx.api.post(
        "/admin/products",
        {
          title: `Chè Shan tuyết ${handle}`,
          handle,
          status,
          sales_channels: [{ id: store.default_sales_channel_id }],
          options: [{ title: "Quy cách", values: ["Gói 200g"] }],
          variants: [
            {
              title: "Gói 200g",
              options: { "Quy cách": "Gói 200g" },
              prices: [{ currency_code: "vnd", amount: 150000 }],
            },
          ],
        },
        admin()
      )
    )
  }

  function certificateBody(productId: string, producerId: string, over: Record<string, unknown> = {}) {
    return {
      product_id: productId,
      producer_id: producerId,
      product_name: "Chè Shan tuyết",
      certificate_number: "HG-2025-0042",
      decision_number: "812/QĐ-UBND",
      issuing_authority: "UBND tỉnh Hà Giang",
      stars: 4,
      score: 78,
      product_group: "beverage",
      sub_group: "Trà",
      issued_at: "2025-05-20",
      commune: "Xã Lũng Phìn",
      province_code: "ha-giang",
      ...over,
    }
  }

  it("refuses to publish a product without a certificate and keeps nothing", async () => {
    const res = await draftProduct("che-khong-chung-nhan", "published")
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/chưa có chứng nhận OCOP|no OCOP certificate/)
    const found = await ctx.container().resolve(Modules.PRODUCT).listProducts({ handle: "che-khong-chung-nhan" })
    expect(found).toHaveLength(0)
  })

  it("takes a product from submission through verification to sale, and out again on revocation", async () => {
    const product = (await draftProduct("che-shan-tuyet")).data.product
    const [producer] = await ocop().listOcopProducers({ handle: "ho-vai-luc-ngan" })

    const created = await ctx.api.post("/admin/ocop/certificates", certificateBody(product.id, producer.id), admin())
    expect(created.status).toBe(201)
    expect(created.data.certificate).toMatchObject({ status: "submitted", level: "provincial", state: "submitted" })
    expect(new Date(created.data.certificate.expires_at).toISOString()).toBe("2028-05-20T00:00:00.000Z")

    // publishing still refused while the certificate is only submitted
    const early = await settle(ctx.api.post(`/admin/products/${product.id}`, { status: "published" }, admin()))
    expect(early.status).toBe(400)
    expect(early.data.message).toMatch(/chưa được xác minh|not verified/)

    const id = created.data.certificate.id
    const verified = await ctx.api.post(`/admin/ocop/certificates/${id}/status`, { status: "verified" }, admin())
    expect(verified.data.certificate.status).toBe("verified")
    expect(verified.data.certificate.reviewed_by).toMatch(/^user_/)
    await ctx.api.post(`/admin/products/${product.id}`, { status: "published" }, admin())
    const listed = await ctx.api.get("/store/products?handle=che-shan-tuyet", ctx.storeHeaders)
    expect(listed.data.products[0].ocop.province.label).toBe("Tuyên Quang (Hà Giang)")

    const noReason = await settle(ctx.api.post(`/admin/ocop/certificates/${id}/status`, { status: "revoked" }, admin()))
    expect(noReason.status).toBe(400)
    expect(noReason.data.message).toMatch(/lý do|reason/)
    await ctx.api.post(
      `/admin/ocop/certificates/${id}/status`,
      { status: "revoked", reason: "Không duy trì chất lượng" },
      admin()
    )
    const gone = await ctx.api.get("/store/products?handle=che-shan-tuyet", ctx.storeHeaders)
    expect(gone.data.products).toHaveLength(0)

    const history = await ctx.api.get(`/admin/ocop/certificates/${id}`, admin())
    expect(history.data.events.map((e: any) => e.type)).toEqual(["verified", "revoked"])
    const again = await settle(ctx.api.post(`/admin/ocop/certificates/${id}/status`, { status: "verified" }, admin()))
    expect(again.status).toBe(400)
  })

  it.each([
    ["a star rating outside 1-5", { stars: 6 }],
    ["a fractional star rating", { stars: 3.5 }],
    ["an expiry before the issue date", { expires_at: "2024-01-01" }],
    ["a score that contradicts the stars", { stars: 5, score: 71 }],
    ["a 5-star certificate at provincial level", { stars: 5, score: 95, level: "provincial" }],
    ["potential 5 stars on a 3-star product", { stars: 3, score: 60, potential_five_star: true }],
    ["an unknown product group", { product_group: "weapons" }],
    ["an unknown province", { province_code: "atlantis" }],
    ["an invalid date", { issued_at: "not-a-date" }],
    ["an unknown field", { verified: true }],
  ])("answers 400 for %s and saves nothing", async (_label, over) => {
    const product = (await draftProduct("che-bad-input")).data.product
    const [producer] = await ocop().listOcopProducers({ handle: "ho-vai-luc-ngan" })
    const before = await count()
    const res = await settle(
      ctx.api.post("/admin/ocop/certificates", certificateBody(product.id, producer.id, over), admin())
    )
    expect(res.status).toBe(400)
    expect(typeof res.data.message).toBe("string")
    expect(res.data.message.length).toBeGreaterThan(5)
    expect(await count()).toBe(before)
  })

  it("refuses a certificate naming another producer than the product's owner, and saves nothing", async () => {
    const [other] = await ocop().listOcopProducers({ handle: "ho-vai-luc-ngan" })
    const before = await count()
    const res = await settle(
      ctx.api.post(
        "/admin/ocop/certificates",
        certificateBody(ctx.productIdByHandle.get("keo-dua-cho-lach")!, other.id, { certificate_number: "X-OWN-1" }),
        admin()
      )
    )
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/chủ thể khác|another producer/)
    expect(await count()).toBe(before)
  })

  it("links a product without a producer to the producer of its first certificate", async () => {
    const product = (await draftProduct("che-chua-chu")).data.product
    const [producer] = await ocop().listOcopProducers({ handle: "ho-vai-luc-ngan" })
    await ctx.api.post(
      "/admin/ocop/certificates",
      certificateBody(product.id, producer.id, { certificate_number: "X-LINK-1" }),
      admin()
    )
    const res = await ctx.api.get(`/admin/ocop/products/${product.id}`, admin())
    expect(res.data.producer.handle).toBe("ho-vai-luc-ngan")
  })

  it("answers 404 for a certificate of a product that does not exist", async () => {
    const [producer] = await ocop().listOcopProducers({ handle: "ho-vai-luc-ngan" })
    const res = await settle(
      ctx.api.post("/admin/ocop/certificates", certificateBody("prod_missing", producer.id), admin())
    )
    expect(res.status).toBe(404)
  })

  it("refuses admin routes without a login", async () => {
    const res = await settle(ctx.api.get("/admin/ocop/certificates"))
    expect(res.status).toBe(401)
  })

  it.each([
    ["an invalid tax code", { tax_code: "12345" }],
    ["a former province", { province_code: "ben-tre" }],
    ["a handle with diacritics", { handle: "hợp-tác-xã" }],
    ["a taken handle", { handle: "htx-dua-cho-lach" }],
  ])("refuses a producer with %s", async (_label, over) => {
    const before = (await ocop().listOcopProducers({}, { take: null })).length
    const body = {
      name: "HTX Chè Tân Cương",
      handle: "htx-che-tan-cuong",
      type: "cooperative",
      province_code: "thai-nguyen",
      tax_code: "4600123456",
      ...over,
    }
    const res = await settle(ctx.api.post("/admin/ocop/producers", body, admin()))
    expect([400, 422]).toContain(res.status)
    expect((await ocop().listOcopProducers({}, { take: null })).length).toBe(before)
  })

  it("creates a producer in a current province", async () => {
    const body = {
      name: "HTX Chè Tân Cương",
      handle: "htx-che-tan-cuong",
      type: "cooperative",
      province_code: "thai-nguyen",
      tax_code: "4600123456",
    }
    const res = await ctx.api.post("/admin/ocop/producers", body, admin())
    expect(res.status).toBe(201)
    expect(res.data.producer.handle).toBe("htx-che-tan-cuong")
  })

  it("records each expired certificate once, for staff to see", async () => {
    const first = await recordExpiredCertificatesWorkflow(ctx.container()).run({ input: { at: new Date() } })
    expect(first.result.events).toHaveLength(1)
    const second = await recordExpiredCertificatesWorkflow(ctx.container()).run({ input: { at: new Date() } })
    expect(second.result.events).toHaveLength(0)
    const res = await ctx.api.get("/admin/ocop/sale-events?type=expired", admin())
    expect(res.data.sale_events).toHaveLength(1)
    expect(res.data.sale_events[0].product_id).toBe(ctx.productIdByHandle.get("fixture-expired"))
  })

  describe("public certificate check", () => {
    it.each([
      ["T-BT-1", "valid", "keo-dua-cho-lach"],
      ["T-EXP", "expired", null],
      ["T-REV", "revoked", null],
    ])("shows certificate %s as %s, linking the product only while it is on sale", async (number, state, handle) => {
      const res = await ctx.api.get(`/store/ocop/certificates/${number}`, ctx.storeHeaders)
      expect(res.data.certificate.state).toBe(state)
      expect(res.data.certificate.producer.name).toBeTruthy()
      expect(res.data.certificate.product_name).toBeTruthy()
      expect(res.data.certificate.product?.handle ?? null).toBe(handle)
    })
    it("does not publish a certificate still under review", async () => {
      const res = await settle(ctx.api.get("/store/ocop/certificates/T-SUB", ctx.storeHeaders))
      expect(res.status).toBe(404)
    })
    it("answers a malformed percent-escape with 400, not 500", async () => {
      const res = await settle(ctx.api.get("/store/ocop/certificates/%E0%A4%A", ctx.storeHeaders))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/malformed URL/)
    })
    it("answers 404 with a message for an unknown number", async () => {
      const res = await settle(ctx.api.get("/store/ocop/certificates/NOPE-1", ctx.storeHeaders))
      expect(res.status).toBe(404)
      expect(res.data.message).toContain("NOPE-1")
    })
  })

  it("lists the 34 current provinces with their former units", async () => {
    const res = await ctx.api.get("/store/ocop/provinces", ctx.storeHeaders)
    expect(res.data.count).toBe(34)
    const vinhLong = res.data.provinces.find((p: any) => p.code === "vinh-long")
    expect(vinhLong.former.map((f: any) => f.name).sort()).toEqual(["Bến Tre", "Trà Vinh", "Vĩnh Long"])
  })

  it("shows the operator a product's badge, producer, sale status and certificate history", async () => {
    const res = await ctx.api.get(`/admin/ocop/products/${ctx.productIdByHandle.get("keo-dua-cho-lach")}`, admin())
    expect(res.data.producer).toMatchObject({ handle: "htx-dua-cho-lach" })
    expect(res.data.badge).toMatchObject({ stars: 4, certificate_number: "T-BT-1" })
    expect(res.data.sale).toMatchObject({ on_sale: true, reason: null })
    const expired = await ctx.api.get(`/admin/ocop/products/${ctx.productIdByHandle.get("fixture-expired")}`, admin())
    expect(expired.data.badge).toBeNull()
    expect(expired.data.sale).toMatchObject({ on_sale: false, reason: "expired" })
    expect(expired.data.certificates[0].state).toBe("expired")
  })

  it.each([
    ["get", "/admin/ocop/certificates?status=expired"],
    ["get", "/admin/ocop/certificates?limit=-1"],
    ["get", "/admin/ocop/certificates?limit=abc"],
    ["get", "/admin/ocop/sale-events?type=stolen"],
    ["get", "/admin/ocop/producers?limit=100000"],
    ["post", "/admin/ocop/producers/prod_ocop_x", { commission_bps: 9000 }],
    ["post", "/admin/ocop/producers/prod_ocop_x", { status: "owner" }],
    ["post", "/admin/ocop/certificates/ocert_x/status", { status: "expired" }],
    ["post", "/admin/ocop/certificates", "not json at all"],
  ])("answers 400 with a message to %s %s", async (method, url, body?: any) => {
    const res = await settle(method === "get" ? ctx.api.get(url, admin()) : ctx.api.post(url, body, admin()))
    expect(res.status).toBe(400)
    expect(res.data.message).toBeTruthy()
  })

  it.each([
    ["an unknown certificate", "/admin/ocop/certificates/ocert_missing"],
    ["an unknown product", "/admin/ocop/products/prod_missing"],
  ])("answers 404 for %s", async (_label, url) => {
    expect((await settle(ctx.api.get(url, admin()))).status).toBe(404)
  })

  it("answers a 10 KB or control-character certificate number with 404, not a crash", async () => {
    for (const number of ["A".repeat(10_000), "%00%01%1F", "'; DROP TABLE ocop_certificate; --"]) {
      const res = await settle(ctx.api.get(`/store/ocop/certificates/${encodeURIComponent(number)}`, ctx.storeHeaders))
      expect([404, 414, 431]).toContain(res.status)
    }
    expect((await ocop().listOcopCertificates({}, { take: null })).length).toBeGreaterThan(0)
  })

  it("filters the certificate, producer and sale-event lists by what is asked, and pages them", async () => {
    const revoked = await ctx.api.get("/admin/ocop/certificates?status=revoked", admin())
    expect(revoked.data.certificates.map((c: any) => c.certificate_number)).toEqual(["T-REV"])
    const page = await ctx.api.get("/admin/ocop/certificates?limit=2&offset=0", admin())
    expect(page.data.certificates).toHaveLength(2)
    expect(page.data.count).toBe(7)
    const producers = await ctx.api.get("/admin/ocop/producers?q=Chánh", admin())
    expect(producers.data.producers.map((p: any) => p.handle)).toEqual(["cty-trai-cay-chanh-thu"])
    const events = await ctx.api.get(
      `/admin/ocop/sale-events?product_id=${ctx.productIdByHandle.get("keo-dua-cho-lach")}`,
      admin()
    )
    expect(events.data.sale_events).toEqual([])
  })
}
