import type { Suite } from "../support/backend-app"
import { producerOrdersSuite } from "../support/producer-orders-suite"

const settle = (p: Promise<any>) => p.catch((e) => e.response ?? Promise.reject(e))
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

export const producerPortal: Suite = (ctx) => {
  /** Registers a login, signs the producer up, has the operator approve it, and logs in again. */
  async function approvedProducer(handle: string, email: string) {
    const reg = await ctx.api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-123" })
    const signup = await ctx.api.post(
      "/producer/signup",
      {
        member_name: "Trần Thị Hoa",
        name: `HTX ${handle}`,
        handle,
        type: "cooperative",
        tax_code: "5400123456",
        province_code: "phu-tho",
        commune: "Xã Cao Phong",
      },
      bearer(reg.data.token)
    )
    await ctx.api.post(`/admin/ocop/producers/${signup.data.producer.id}`, { status: "approved" }, ctx.adminHeaders)
    const login = await ctx.api.post("/auth/producer/emailpass", { email, password: "mat-khau-123" })
    return { token: login.data.token, producerId: signup.data.producer.id }
  }

  const listing = (sku: string) => ({
    title: "Cam Cao Phong",
    description: "Cam đường canh trồng trên đồi Cao Phong.",
    variants: [{ title: "Thùng 5kg", sku, price: 250000, stock: 40 }],
  })
  const certificate = (productId: string, over: Record<string, unknown> = {}) => ({
    product_id: productId,
    certificate_number: `HB-${productId.slice(-6)}`,
    decision_number: "455/QĐ-UBND",
    issuing_authority: "UBND tỉnh Hòa Bình",
    stars: 4,
    product_group: "food",
    issued_at: "2025-03-01",
    commune: "Xã Cao Phong",
    province_code: "hoa-binh",
    ...over,
  })

  it("keeps a new producer waiting for approval", async () => {
    const reg = await ctx.api.post("/auth/producer/emailpass/register", {
      email: "cho@duyet.vn",
      password: "mat-khau-123",
    })
    await ctx.api.post(
      "/producer/signup",
      {
        name: "Hộ Chờ Duyệt",
        handle: "ho-cho-duyet",
        type: "household",
        tax_code: "5400999999",
        province_code: "phu-tho",
        commune: "Xã Tân Lạc",
      },
      bearer(reg.data.token)
    )
    const login = await ctx.api.post("/auth/producer/emailpass", { email: "cho@duyet.vn", password: "mat-khau-123" })
    const me = await ctx.api.get("/producer/me", bearer(login.data.token))
    expect(me.data.producer.status).toBe("pending")
    const res = await settle(ctx.api.get("/producer/products", bearer(login.data.token)))
    expect(res.status).toBe(403)
    expect(res.data.message).toMatch(/chờ ban quản lý duyệt/)
  })

  it.each([
    ["an invalid tax code", { tax_code: "54-00" }],
    ["a former province", { province_code: "hoa-binh" }],
    ["an unknown producer type", { type: "corporation" }],
  ])("refuses a sign-up with %s", async (_label, over) => {
    const reg = await ctx.api.post("/auth/producer/emailpass/register", {
      email: `bad${Math.random()}@x.vn`,
      password: "mat-khau-123",
    })
    const body = {
      name: "HTX Sai",
      handle: "htx-sai",
      type: "cooperative",
      tax_code: "5400123456",
      province_code: "phu-tho",
      commune: "Xã A",
      ...over,
    }
    const res = await settle(ctx.api.post("/producer/signup", body, bearer(reg.data.token)))
    expect(res.status).toBe(400)
    const me = await settle(ctx.api.get("/producer/me", bearer(reg.data.token)))
    expect(me.status).toBe(401)
  })

  it("lists a product, submits its certificate, and sells it once the operator verifies", async () => {
    const { token } = await approvedProducer("htx-cam-cao-phong", "cam@caophong.vn")
    const created = await ctx.api.post("/producer/products", listing("CAM-CP-5KG"), bearer(token))
    expect(created.status).toBe(201)
    const productId = created.data.product.id

    const mine = await ctx.api.get("/producer/products", bearer(token))
    expect(mine.data.products).toHaveLength(1)
    expect(mine.data.products[0].sale).toMatchObject({ on_sale: false, reason: "draft" })

    const publish = await settle(
      ctx.api.post(`/producer/products/${productId}`, { status: "published" }, bearer(token))
    )
    expect(publish.status).toBe(400)
    expect(publish.data.message).toMatch(/chưa có chứng nhận OCOP/)

    const cert = await ctx.api.post("/producer/certificates", certificate(productId), bearer(token))
    expect(cert.data.certificate.status).toBe("submitted")
    const selfVerify = await settle(
      ctx.api.post(`/admin/ocop/certificates/${cert.data.certificate.id}/status`, { status: "verified" }, bearer(token))
    )
    expect(selfVerify.status).toBe(401)

    await ctx.api.post(
      `/admin/ocop/certificates/${cert.data.certificate.id}/status`,
      { status: "verified" },
      ctx.adminHeaders
    )
    await ctx.api.post(`/producer/products/${productId}`, { status: "published" }, bearer(token))
    const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
    const store = await ctx.api.get(`/store/products/${productId}?region_id=${regions.regions[0].id}`, ctx.storeHeaders)
    expect(store.data.product.ocop).toMatchObject({ stars: 4, province: { label: "Phú Thọ (Hòa Bình)" } })
    expect(store.data.product.variants[0].calculated_price.calculated_amount).toBe(250000)
  })

  it("gives a new listing an ASCII handle from its Vietnamese title, unique among products", async () => {
    const { token } = await approvedProducer("htx-mat-ong-tam-dao", "ong@tamdao.vn")
    const first = await ctx.api.post(
      "/producer/products",
      { ...listing("MO-1"), title: "Mật ong rừng Tam Đảo" },
      bearer(token)
    )
    const second = await ctx.api.post(
      "/producer/products",
      { ...listing("MO-2"), title: "Mật ong rừng Tam Đảo" },
      bearer(token)
    )
    const handles = (await ctx.api.get("/producer/products", bearer(token))).data.products
      .map((p: any) => p.handle)
      .sort()
    expect(handles).toEqual(["mat-ong-rung-tam-dao", "mat-ong-rung-tam-dao-2"])
    expect([first.status, second.status]).toEqual([201, 201])
  })

  it.each([
    ["a 2-star result", { stars: 2 }],
    ["6 stars", { stars: 6 }],
    ["an expiry before issue", { expires_at: "2024-01-01" }],
  ])("refuses a certificate with %s", async (_label, over) => {
    const { token } = await approvedProducer(`htx-cert-${String(Math.random()).slice(2, 8)}`, `c${Math.random()}@x.vn`)
    const created = await ctx.api.post(
      "/producer/products",
      listing(`SKU-${String(Math.random()).slice(2, 8)}`),
      bearer(token)
    )
    const res = await settle(
      ctx.api.post("/producer/certificates", certificate(created.data.product.id, over), bearer(token))
    )
    expect(res.status).toBe(400)
    const list = await ctx.api.get("/producer/certificates", bearer(token))
    expect(list.data.certificates).toHaveLength(0)
  })

  it.each([
    ["a negative price", { variants: [{ title: "Hộp", sku: "NEG-1", price: -1, stock: 1 }] }],
    ["a fractional price", { variants: [{ title: "Hộp", sku: "FRAC-1", price: 1000.5, stock: 1 }] }],
    ["a negative stock", { variants: [{ title: "Hộp", sku: "NEG-2", price: 1000, stock: -5 }] }],
    ["no variant", { variants: [] }],
  ])("refuses a listing with %s and saves nothing", async (_label, over) => {
    const { token } = await approvedProducer(`htx-bad-${String(Math.random()).slice(2, 8)}`, `b${Math.random()}@x.vn`)
    const res = await settle(ctx.api.post("/producer/products", { ...listing("X-1"), ...over }, bearer(token)))
    expect(res.status).toBe(400)
    const mine = await ctx.api.get("/producer/products", bearer(token))
    expect(mine.data.products).toHaveLength(0)
  })

  it("keeps each producer to its own products and certificates", async () => {
    const a = await approvedProducer("htx-a", "a@a.vn")
    const b = await approvedProducer("htx-b", "b@b.vn")
    const productA = (await ctx.api.post("/producer/products", listing("A-1"), bearer(a.token))).data.product.id
    const seeded = ctx.productIdByHandle.get("keo-dua-cho-lach")!

    for (const id of [productA, seeded]) {
      expect((await settle(ctx.api.get(`/producer/products/${id}`, bearer(b.token)))).status).toBe(404)
      expect((await settle(ctx.api.post(`/producer/products/${id}`, { title: "Chiếm" }, bearer(b.token)))).status).toBe(
        404
      )
      expect((await settle(ctx.api.post("/producer/certificates", certificate(id), bearer(b.token)))).status).toBe(404)
    }
    const listB = await ctx.api.get("/producer/products", bearer(b.token))
    expect(listB.data.products).toHaveLength(0)
    const still = await ctx.api.get(`/producer/products/${productA}`, bearer(a.token))
    expect(still.data.product.title).toBe("Cam Cao Phong")

    for (const [method, url] of [
      ["get", "/producer/products"],
      ["get", "/producer/me"],
      ["get", "/producer/certificates"],
      ["post", "/producer/products"],
    ] as const) {
      const res = await settle((ctx.api as any)[method](url, method === "post" ? listing("Z-1") : undefined))
      expect(res.status).toBe(401)
    }
  })

  it("lets a producer write the English of its own products and profile, and no one else's", async () => {
    const a = await approvedProducer("htx-cam-tieng-anh", "en@cam.vn")
    const b = await approvedProducer("htx-chanh-b", "en@chanh.vn")
    const productId = (await ctx.api.post("/producer/products", listing("CAM-EN-1"), bearer(a.token))).data.product.id
    const cert = await ctx.api.post(
      "/producer/certificates",
      certificate(productId, { certificate_number: "HB-EN-1" }),
      bearer(a.token)
    )
    await ctx.api.post(
      `/admin/ocop/certificates/${cert.data.certificate.id}/status`,
      { status: "verified" },
      ctx.adminHeaders
    )
    await ctx.api.post(`/producer/products/${productId}`, { status: "published" }, bearer(a.token))
    const english = {
      title_en: "Cao Phong orange",
      subtitle_en: "Hillside sweet oranges",
      description_en: "Sweet oranges grown on the hills of Cao Phong.",
    }
    const saved = await ctx.api.post(`/producer/products/${productId}`, english, bearer(a.token))
    expect(saved.data.product.metadata).toMatchObject(english)
    expect(saved.data.product.title).toBe("Cam Cao Phong")

    const handle = saved.data.product.handle
    const store = async () =>
      // +metadata, as the storefront asks (lib/data/catalogue)
      (await ctx.api.get(`/store/products?handle=${handle}&fields=%2Bmetadata`, ctx.storeHeaders)).data.products[0]
        .metadata ?? {}
    expect(await store()).toMatchObject(english)

    // producer B can neither change nor read A's English, nor the seeded cooperative's
    const seeded = ctx.productIdByHandle.get("keo-dua-cho-lach")!
    for (const id of [productId, seeded]) {
      const res = await settle(ctx.api.post(`/producer/products/${id}`, { title_en: "Stolen" }, bearer(b.token)))
      expect(res.status).toBe(404)
    }
    expect(await store()).toMatchObject(english)
    // nor without a login
    expect((await settle(ctx.api.post(`/producer/products/${productId}`, { title_en: "X" }))).status).toBe(401)

    // a field emptied leaves the metadata: the English storefront falls back to the Vietnamese
    await ctx.api.post(`/producer/products/${productId}`, { subtitle_en: "", description_en: null }, bearer(a.token))
    const after = await store()
    expect(after.title_en).toBe("Cao Phong orange")
    expect(after).not.toHaveProperty("subtitle_en")
    expect(after).not.toHaveProperty("description_en")
    // only the English keys are accepted: a producer cannot write other metadata through them
    const other = await settle(ctx.api.post(`/producer/products/${productId}`, { metadata: { x: 1 } }, bearer(a.token)))
    expect(other.status).toBe(400)

    // the producer's own English name and description, on its public page
    const profile = { name_en: "Cao Phong Orange Cooperative", description_en: "Growers of Cao Phong oranges." }
    const me = await ctx.api.post("/producer/me", profile, bearer(a.token))
    expect(me.data.producer).toMatchObject(profile)
    const page = await ctx.api.get("/store/ocop/producers/htx-cam-tieng-anh", ctx.storeHeaders)
    expect(page.data.producer).toMatchObject({ name: "HTX htx-cam-tieng-anh", ...profile })

    // B's edit of its profile is its own: A's stays; an id in the body is refused, not followed
    await ctx.api.post("/producer/me", { name_en: "Lime B" }, bearer(b.token))
    const smuggled = await settle(ctx.api.post("/producer/me", { id: a.producerId, name_en: "Taken" }, bearer(b.token)))
    expect(smuggled.status).toBe(400)
    // nor can it set its approval, commission or Vietnamese name here
    for (const body of [{ status: "approved" }, { commission_bps: 0 }, { name: "Đổi tên" }]) {
      expect((await settle(ctx.api.post("/producer/me", body, bearer(b.token)))).status).toBe(400)
    }
    expect(
      (await ctx.api.get("/store/ocop/producers/htx-cam-tieng-anh", ctx.storeHeaders)).data.producer
    ).toMatchObject(profile)
    expect((await ctx.api.get("/store/ocop/producers/htx-chanh-b", ctx.storeHeaders)).data.producer.name_en).toBe(
      "Lime B"
    )
    expect((await settle(ctx.api.post("/producer/me", profile))).status).toBe(401)

    // emptied: back to the Vietnamese
    await ctx.api.post("/producer/me", { name_en: "", description_en: " " }, bearer(a.token))
    const cleared = await ctx.api.get("/store/ocop/producers/htx-cam-tieng-anh", ctx.storeHeaders)
    expect(cleared.data.producer).toMatchObject({ name_en: null, description_en: null })
  })

  it("does not let a producer set its own commission or approval", async () => {
    const a = await approvedProducer("htx-hoa-hong", "hh@x.vn")
    const res = await settle(
      ctx.api.post(`/admin/ocop/producers/${a.producerId}`, { commission_bps: 0 }, bearer(a.token))
    )
    expect(res.status).toBe(401)
    const me = await ctx.api.get("/producer/me", bearer(a.token))
    expect(me.data.producer.commission_bps).toBe(1000)
  })

  describe("uploads", () => {
    const PNG = Buffer.from(
      "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
      "hex"
    )
    const form = (name: string, content: Buffer, type: string) => {
      const fd = new FormData()
      fd.append("files", new Blob([new Uint8Array(content)], { type }), name)
      return fd
    }

    it("stores a real image and serves it back", async () => {
      const { token } = await approvedProducer("htx-anh", "anh@x.vn")
      const res = await ctx.api.post("/producer/uploads", form("cam.png", PNG, "image/png"), bearer(token))
      expect(res.status).toBe(201)
      expect(res.data.files[0].url).toMatch(/\.png$/)
      const served = await ctx.api.get(new URL(res.data.files[0].url).pathname, { responseType: "arraybuffer" })
      expect(Buffer.from(served.data).equals(PNG)).toBe(true)
    })

    it.each([
      ["a script named .png", Buffer.from("<script>alert(1)</script>"), "image/png"],
      [
        "an SVG",
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        "image/svg+xml",
      ],
      ["a 6 MB file", Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]), "image/png"],
    ])("refuses %s with a clear message", async (_label, content, type) => {
      const { token } = await approvedProducer(`htx-up-${String(Math.random()).slice(2, 8)}`, `u${Math.random()}@x.vn`)
      const res = await settle(ctx.api.post("/producer/uploads", form("x.png", content, type), bearer(token)))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/JPEG|MB/)
    })
  })

  it("lets an owner invite a colleague who then manages the same producer", async () => {
    const owner = await approvedProducer("htx-moi", "chu@moi.vn")
    const invite = await ctx.api.post("/producer/invites", { email: "dongnghiep@moi.vn" }, bearer(owner.token))
    const reg = await ctx.api.post("/auth/producer/emailpass/register", {
      email: "dongnghiep@moi.vn",
      password: "mat-khau-456",
    })
    const wrong = await settle(
      ctx.api.post("/producer/invites/accept", { token: "x".repeat(20) }, bearer(reg.data.token))
    )
    expect(wrong.status).toBe(400)
    const accepted = await ctx.api.post(
      "/producer/invites/accept",
      { token: invite.data.invite.token, name: "Đồng Nghiệp" },
      bearer(reg.data.token)
    )
    expect(accepted.data.member.role).toBe("member")
    const login = await ctx.api.post("/auth/producer/emailpass", {
      email: "dongnghiep@moi.vn",
      password: "mat-khau-456",
    })
    const me = await ctx.api.get("/producer/me", bearer(login.data.token))
    expect(me.data.producer.id).toBe(owner.producerId)
    const members = await ctx.api.get("/producer/members", bearer(login.data.token))
    expect(members.data.members.map((m: any) => m.email).sort()).toEqual(["chu@moi.vn", "dongnghiep@moi.vn"])
    const reuse = await ctx.api.post("/auth/producer/emailpass/register", {
      email: "ke-gian@moi.vn",
      password: "mat-khau-789",
    })
    const again = await settle(
      ctx.api.post("/producer/invites/accept", { token: invite.data.invite.token }, bearer(reuse.data.token))
    )
    expect(again.status).toBe(400)
    const memberInvites = await settle(
      ctx.api.post("/producer/invites", { email: "x@moi.vn" }, bearer(login.data.token))
    )
    expect(memberInvites.status).toBe(403)
  })

  it("lets a producer change its own variant's price and stock, with whole dong only", async () => {
    const a = await approvedProducer("htx-gia", "gia@x.vn")
    const b = await approvedProducer("htx-khac", "khac@x.vn")
    const product = (await ctx.api.post("/producer/products", listing("GIA-1"), bearer(a.token))).data.product
    const variantId = product.variants[0].id
    const url = `/producer/products/${product.id}/variants/${variantId}`

    const res = await ctx.api.post(url, { price: 275000, stock: 12 }, bearer(a.token))
    expect(res.data.variant.prices.find((p: any) => p.currency_code === "vnd").amount).toBe(275000)
    expect(res.data.variant.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(12)

    for (const body of [{ price: 1.5 }, { price: -1 }, { stock: -3 }, {}]) {
      expect((await settle(ctx.api.post(url, body, bearer(a.token)))).status).toBe(400)
    }
    expect((await settle(ctx.api.post(url, { price: 1 }, bearer(b.token)))).status).toBe(404)
    const seededVariant = `/producer/products/${product.id}/variants/variant_not_mine`
    expect((await settle(ctx.api.post(seededVariant, { price: 1 }, bearer(a.token)))).status).toBe(404)
    const after = await ctx.api.get(`/producer/products/${product.id}`, bearer(a.token))
    expect(after.data.product.variants[0].prices[0].amount).toBe(275000)
  })

  it("does not let a producer take over another's certificate number", async () => {
    const a = await approvedProducer("htx-so-a", "soa@x.vn")
    const b = await approvedProducer("htx-so-b", "sob@x.vn")
    const productA = (
      await ctx.api.post("/producer/products", { ...listing("SO-A"), handle: "cam-so-a" }, bearer(a.token))
    ).data.product.id
    const productB = (
      await ctx.api.post("/producer/products", { ...listing("SO-B"), handle: "cam-so-b" }, bearer(b.token))
    ).data.product.id

    // an existing verified number (seeded "T-BT-1") cannot be submitted again
    const squat = await settle(
      ctx.api.post("/producer/certificates", certificate(productA, { certificate_number: "T-BT-1" }), bearer(a.token))
    )
    expect(squat.status).toBe(422)
    expect(squat.data.message).toMatch(/already registered/)

    // two pending submissions of one new number: only the first verified one stands
    const first = await ctx.api.post(
      "/producer/certificates",
      certificate(productB, { certificate_number: "HB-2025-7777" }),
      bearer(b.token)
    )
    const second = await ctx.api.post(
      "/producer/certificates",
      certificate(productA, { certificate_number: "HB-2025-7777" }),
      bearer(a.token)
    )
    await ctx.api.post(
      `/admin/ocop/certificates/${first.data.certificate.id}/status`,
      { status: "verified" },
      ctx.adminHeaders
    )
    const clash = await settle(
      ctx.api.post(
        `/admin/ocop/certificates/${second.data.certificate.id}/status`,
        { status: "verified" },
        ctx.adminHeaders
      )
    )
    expect(clash.status).toBe(400)
    const check = await ctx.api.get("/store/ocop/certificates/HB-2025-7777", ctx.storeHeaders)
    expect(check.data.certificate.producer.handle).toBe("htx-so-b")
  })

  producerOrdersSuite(ctx)
}
