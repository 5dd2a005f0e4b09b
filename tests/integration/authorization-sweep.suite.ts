import fs from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Suite } from "../support/backend-app"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { TRACEABILITY_MODULE } from "../../backend/src/modules/traceability"
import {
  approvedProducer,
  bearer,
  customer,
  memberOf,
  placeOrder,
  settle,
  staffToken,
  tableDigest,
  unboundProducerLogin,
  variantOfHandle,
} from "../support/actors"

/**
 * Every route file under backend/src/api/{admin/ocop,producer,showroom},
 * found on disk when the test runs (a new route is swept without editing this
 * file), called with real ids that belong to someone else:
 * - by a stranger, a shopper, the other portal's actors and (for the portals)
 *   the operator: 401/403 and nothing written;
 * - by producer B with producer A's ids, by staff of showroom B with showroom
 *   A's ids: 404/403 and nothing written; where the route takes no id, no 2xx
 *   may carry A's data or change it;
 * - and, as the control that makes those refusals mean something, by the
 *   rightful caller with the same ids and bodies: 2xx.
 */

const API_DIR = path.resolve(__dirname, "../../backend/src/api")
const AREAS = ["admin/ocop", "producer", "showroom"]
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
type Method = (typeof METHODS)[number]
type Route = { method: Method; path: string; area: "admin" | "producer" | "showroom"; file: string }

/** Route files and their exported handlers, read from the source tree. */
function discoverRoutes(): Route[] {
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts" || entry.name === "route.js") {
        const source = fs.readFileSync(full, "utf8")
        const exported = new Set<string>()
        for (const m of source.matchAll(
          /export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s+(?:const|let)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
        ))
          exported.add(m[1] ?? m[2])
        for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
          for (const name of m[1].split(",").map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .pop()!
          ))
            if ((METHODS as readonly string[]).includes(name)) exported.add(name)
        const urlPath =
          "/" +
          path
            .relative(API_DIR, path.dirname(full))
            .split(path.sep)
            .map((s) => s.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        const area = urlPath.startsWith("/admin/") ? "admin" : urlPath.startsWith("/producer") ? "producer" : "showroom"
        for (const method of exported)
          routes.push({ method: method as Method, path: urlPath, area, file: path.relative(API_DIR, full) })
      }
    }
  }
  for (const area of AREAS) walk(path.join(API_DIR, area))
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

export const authorizationSweep: Suite = (ctx) => {
  const routes = discoverRoutes()
  const w: Record<string, any> = {}
  const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
  const PNG = Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
    "hex"
  )

  beforeAll(async () => {
    const ocop = ctx.container().resolve(OCOP_MODULE)
    w.keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
    w.sau = await variantOfHandle(ctx, "sau-rieng-cho-lach")
    const [htx] = await ocop.listOcopProducers({ handle: "htx-dua-cho-lach" })
    const [chanhThu] = await ocop.listOcopProducers({ handle: "cty-trai-cay-chanh-thu" })
    // producer A (the victim): the seeded cooperative with its products, a draft, a pending certificate, an invitation, an order
    w.A = await memberOf(ctx, "htx-dua-cho-lach", "chu@dua.vn")
    w.B = await approvedProducer(ctx, "htx-cam-b", "chu@camb.vn")
    const draft = await ctx.api.post(
      "/producer/products",
      { title: "Bánh pía nháp", variants: [{ title: "Hộp", sku: "PIA-NHAP-A", price: 60000, stock: 5 }] },
      bearer(w.A.token)
    )
    w.draftProduct = draft.data.product.id
    w.draftHandle = draft.data.product.handle
    w.draftVariant = (
      await ctx.api.get(`/producer/products/${w.draftProduct}`, bearer(w.A.token))
    ).data.product.variants[0].id
    w.certificate = (
      await ctx.api.post(
        "/producer/certificates",
        {
          product_id: w.draftProduct,
          certificate_number: "A-CERT-1",
          decision_number: "1/QĐ",
          issuing_authority: "UBND tỉnh Bến Tre",
          stars: 4,
          product_group: "food",
          issued_at: "2025-03-01",
          commune: "Xã Chợ Lách",
          province_code: "ben-tre",
        },
        bearer(w.A.token)
      )
    ).data.certificate.id
    w.invite = (
      await ctx.api.post("/producer/invites", { email: "dong-nghiep@dua.vn" }, bearer(w.A.token))
    ).data.invite.token
    w.inviteLogin = await unboundProducerLogin(ctx, "dong-nghiep@dua.vn")
    w.signupLogin = await unboundProducerLogin(ctx, "moi@dang-ky.vn")

    // showroom A (the victim) with agreements, stock, sales, a settlement, a pending staff member; showroom B next door
    const showroom = (handle: string, province_code: string) =>
      ctx.api.post(
        "/admin/ocop/showrooms",
        { name: `Điểm ${handle}`, handle, address: "1 Đường 30/4", commune: "Xã Chợ Lách", province_code },
        ctx.adminHeaders
      )
    w.showroomA = (await showroom("diem-a", "vinh-long")).data.showroom
    w.showroomB = (await showroom("diem-b", "ha-noi")).data.showroom
    await ctx.api.post(
      `/admin/ocop/showrooms/${w.showroomA.id}/agreements`,
      { producer_id: htx.id, commission_bps: 1500 },
      ctx.adminHeaders
    )
    await ctx.api.post(
      `/admin/ocop/showrooms/${w.showroomB.id}/agreements`,
      { producer_id: chanhThu.id, commission_bps: 1000 },
      ctx.adminHeaders
    )
    w.staffA = await staffToken(ctx, w.showroomA.id, "quay-a@ocop.vn")
    w.staffB = await staffToken(ctx, w.showroomB.id, "quay-b@ocop.vn")
    const pending = (
      await ctx.api.post(
        `/admin/ocop/showrooms/${w.showroomA.id}/staff`,
        { email: "moi-vao@ocop.vn", role: "clerk" },
        ctx.adminHeaders
      )
    ).data
    w.pendingStaff = pending.staff.id
    w.pendingActivation = pending.activation.token
    // another person not yet activated, whose token the activation route is called with
    w.activation = (
      await ctx.api.post(
        `/admin/ocop/showrooms/${w.showroomA.id}/staff`,
        { email: "nguoi-moi@ocop.vn", role: "clerk" },
        ctx.adminHeaders
      )
    ).data.activation.token
    w.staffLogin = (
      await ctx.api.post("/auth/staff/emailpass/register", { email: "nguoi-moi@ocop.vn", password: "mat-khau-quay-1" })
    ).data.token
    w.intakeReceipt = (
      await ctx.api.post("/showroom/intakes", { lines: [{ variant_id: w.keo, quantity: 30 }] }, bearer(w.staffA.token))
    ).data.receipt
    await ctx.api.post(
      "/showroom/sales",
      { payment_method: "cash", lines: [{ variant_id: w.keo, quantity: 1 }] },
      bearer(w.staffA.token)
    )
    w.settlement = (
      await ctx.api.post(
        "/showroom/settlements",
        { producer_id: htx.id, from: today(), to: today() },
        bearer(w.staffA.token)
      )
    ).data.settlement.id
    // a sale after the settlement, so a new settlement has something to take (the control)
    w.saleReceipt = (
      await ctx.api.post(
        "/showroom/sales",
        { payment_method: "card", lines: [{ variant_id: w.keo, quantity: 1 }] },
        bearer(w.staffA.token)
      )
    ).data.sale.receipt

    // shoppers: an order of A's product only (delivered), and one collected at showroom A
    w.customer = await customer(ctx, "khach@ocop.vn")
    w.order = await placeOrder(ctx, [[w.keo, 1]], { as: w.customer, email: "khach@ocop.vn" })
    w.pickup = await placeOrder(ctx, [[w.keo, 2]], {
      option: "Điểm diem-a",
      provider: "pp_showroom_cod",
      email: "nhan-tai-diem@ocop.vn",
    })

    // a review of A's product by a buyer who received it (shipped by A, delivered)
    w.reviewed = await placeOrder(ctx, [[w.keo, 1]], { as: w.customer, email: "khach@ocop.vn" })
    await ctx.api.post(`/producer/orders/${w.reviewed.id}/shipments`, { tracking_number: "GHN-R" }, bearer(w.A.token))
    const shipped = (await ctx.api.get(`/admin/orders/${w.reviewed.id}?fields=id,*fulfillments`, ctx.adminHeaders)).data
    for (const f of shipped.order.fulfillments)
      await ctx.api.post(`/admin/orders/${w.reviewed.id}/fulfillments/${f.id}/mark-as-delivered`, {}, ctx.adminHeaders)
    w.review = (
      await ctx.api.post(
        "/store/ocop/reviews",
        { order_id: w.reviewed.id, line_item_id: w.reviewed.items[0].id, rating: 5, body: "Ngon" },
        w.customer
      )
    ).data.review.id

    // a production lot of A's product, with its unit stamps (showroom A takes A's goods in)
    w.lot = (
      await ctx.api.post(
        "/producer/lots",
        {
          product_id: ctx.productIdByHandle.get("keo-dua-cho-lach"),
          lot_code: "L-SWEEP",
          produced_on: "2026-11-01",
          best_before: "2027-11-01",
          quantity: 3,
          stamp_mode: "unit",
        },
        bearer(w.A.token)
      )
    ).data.lot.id
    w.stamp = (await ctx.container().resolve(TRACEABILITY_MODULE).listTraceCodes({ lot_id: w.lot }))[0].code

    w.htx = htx.id
    w.productOfA = ctx.productIdByHandle.get("keo-dua-cho-lach")
  })

  /** The id that belongs to the victim for a path parameter, by the segment before it. */
  function victimId(route: Route, segment: string, param: string): string {
    const key = `${route.area}:${segment}/:${param}`
    const ids: Record<string, () => string> = {
      "admin:certificates/:id": () => w.certificate,
      "admin:producers/:id": () => w.A.producerId,
      "admin:products/:id": () => w.productOfA,
      "admin:showrooms/:id": () => w.showroomA.id,
      "admin:staff/:staff_id": () => w.pendingStaff,
      "producer:products/:id": () => w.draftProduct,
      "producer:variants/:variant_id": () => w.draftVariant,
      "producer:orders/:id": () => w.order.id,
      "showroom:receipts/:receipt": () => w.saleReceipt,
      "showroom:settlements/:id": () => w.settlement,
      "showroom:pickups/:id": () => w.pickup.id,
      "producer:reviews/:id": () => w.review,
      "admin:reviews/:id": () => w.review,
      "producer:lots/:id": () => w.lot,
      "showroom:trace/:code": () => w.stamp,
    }
    if (!ids[key])
      throw new Error(
        `${route.method} ${route.path} (${route.file}): no victim id for "${segment}/:${param}" — add one to victimId() in this test`
      )
    return ids[key]()
  }

  function urlOf(route: Route) {
    const parts = route.path.split("/")
    const url = parts
      .map((p, i) => (p.startsWith(":") ? encodeURIComponent(victimId(route, parts[i - 1], p.slice(1))) : p))
      .join("/")
    const query: Record<string, string> = { "GET /showroom/variants": "?code=KEO-DUA-CHO-LACH" }
    return url + (query[`${route.method} ${route.path}`] ?? "")
  }

  /** A body the rightful caller's request succeeds with; for the others it names the victim's things. */
  function bodyOf(route: Route, owner = false): unknown {
    const certificate = (productId: string, number: string) => ({
      product_id: productId,
      certificate_number: number,
      decision_number: "2/QĐ",
      issuing_authority: "UBND tỉnh Bến Tre",
      stars: 4,
      product_group: "food",
      issued_at: "2025-03-01",
      commune: "Xã Chợ Lách",
      province_code: "ben-tre",
    })
    const bodies: Record<string, () => unknown> = {
      "POST /admin/ocop/certificates": () => ({
        ...certificate(ctx.productIdByHandle.get("fixture-none")!, "A-CERT-ADMIN"),
        producer_id: w.htx,
        product_name: "Mật ong",
      }),
      "POST /admin/ocop/certificates/:id/status": () => ({ status: "rejected", reason: "Hồ sơ thiếu" }),
      "POST /admin/ocop/producers": () => ({
        name: "HTX Chè",
        handle: "htx-che-sweep",
        type: "cooperative",
        province_code: "thai-nguyen",
      }),
      "POST /admin/ocop/producers/:id": () => ({ commission_bps: 0 }),
      "POST /admin/ocop/showrooms": () => ({
        name: "Điểm Huế",
        handle: "diem-hue-sweep",
        address: "3 Lê Lợi",
        commune: "Phường Thuận Hóa",
        province_code: "hue",
      }),
      "POST /admin/ocop/showrooms/:id/staff": () => ({ email: "ke-la@ocop.vn", role: "manager" }),
      "POST /admin/ocop/showrooms/:id/agreements": () => ({ producer_id: w.B.producerId, commission_bps: 0 }),
      "POST /producer/signup": () => ({
        name: "HTX Giả",
        handle: "htx-gia",
        type: "cooperative",
        tax_code: "5400123456",
        province_code: "phu-tho",
        commune: "Xã A",
      }),
      // B's own listing, under the handle of A's draft: it may not take it over
      "POST /producer/products": () => ({
        title: "Bánh pía",
        handle: w.draftHandle,
        variants: [{ title: "Hộp", sku: "PIA-SWEEP", price: 1000, stock: 1 }],
      }),
      "POST /producer/products/:id": () => ({ title: "Chiếm", status: "draft" }),
      "POST /producer/products/:id/variants/:variant_id": () => ({ price: 1, stock: 0 }),
      "POST /producer/certificates": () => certificate(w.draftProduct, "A-CERT-2"),
      "POST /producer/invites": () => ({ email: "ban@moi.vn" }),
      "POST /producer/invites/accept": () => ({ token: w.invite, name: "Kẻ lạ" }),
      "POST /producer/orders/:id/shipments": () => ({ tracking_number: "GHN-SWEEP-1" }),
      "POST /showroom/activate": () => ({ token: w.activation }),
      "POST /showroom/intakes": () => ({ lines: [{ variant_id: w.keo, quantity: 5 }] }),
      "POST /showroom/returns": () => ({ lines: [{ variant_id: w.keo, quantity: 1, reason: "unsold" }] }),
      "POST /showroom/adjustments": () => ({ lines: [{ variant_id: w.keo, counted: 50, reason: "Kiểm kê lại" }] }),
      "POST /showroom/sales": () => ({ payment_method: "cash", lines: [{ variant_id: w.keo, quantity: 1 }] }),
      "POST /showroom/settlements": () => ({ producer_id: w.htx, from: "2026-01-01", to: today() }),
      "POST /showroom/settlements/:id": () => ({ status: "confirmed" }),
      "POST /showroom/pickups/:id/ready": () => ({}),
      "POST /showroom/pickups/:id/collected": () => ({ payment_method: "cash" }),
      "POST /producer/reviews/:id/answer": () => ({ answer: "Cảm ơn bạn đã ủng hộ" }),
      // one's own optional emails (the caller's address only)
      "POST /producer/mail-preferences": () => ({ category: "settlements", subscribed: false }),
      "POST /showroom/mail-preferences": () => ({ category: "stock_alerts", subscribed: false }),
      "POST /admin/ocop/reviews/:id/hidden": () => ({ hidden: true, reason: "Thử quyền" }),
      // B's lot of A's product: refused, nothing written
      "POST /producer/lots": () => ({
        product_id: w.productOfA,
        lot_code: "L-SWEEP-2",
        produced_on: "2026-11-02",
        best_before: "2027-11-02",
        quantity: 2,
        stamp_mode: "lot",
      }),
    }
    if (route.method === "GET" || route.method === "DELETE") return undefined
    if (route.path === "/producer/uploads") {
      const fd = new FormData()
      fd.append("files", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "anh.png")
      return fd
    }
    // the rightful owner's listing under a handle of its own
    if (owner && route.path === "/producer/products")
      return { ...(bodies["POST /producer/products"]() as object), handle: "banh-pia-chu-a" }
    return bodies[`${route.method} ${route.path}`]?.() ?? {}
  }

  const call = (route: Route, as: { headers: Record<string, string> }, owner = false) =>
    settle(
      ctx.api.request({
        method: route.method,
        url: urlOf(route),
        data: bodyOf(route, owner),
        headers: as.headers,
        validateStatus: () => true,
      })
    )

  /** What no one but A's members, showroom A's staff and the operator may see. */
  const secrets = () => [
    w.A.memberId,
    "chu@dua.vn",
    w.invite,
    "dong-nghiep@dua.vn",
    w.draftProduct,
    w.draftVariant,
    w.certificate,
    "A-CERT-1",
    w.order.id,
    "khach@ocop.vn",
    w.pickup.id,
    "nhan-tai-diem@ocop.vn",
    w.settlement,
    w.saleReceipt,
    w.intakeReceipt,
    w.staffA.staffId,
    "quay-a@ocop.vn",
    w.pendingStaff,
    "moi-vao@ocop.vn",
    w.pendingActivation,
    "nguoi-moi@ocop.vn",
    w.activation,
  ]
  const leaked = (route: Route, res: any) => {
    const asked = `${urlOf(route)} ${JSON.stringify(bodyOf(route) instanceof FormData ? {} : bodyOf(route))}`
    const text = typeof res.data === "string" ? res.data : JSON.stringify(res.data)
    return secrets().filter((s) => s && !asked.includes(s) && text.includes(s))
  }

  /** A digest of the victims' rows alone: producer A's and showroom A's (for 2xx answers that rightly change the caller's own data). */
  async function victimDigest(): Promise<string> {
    const pg = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const A = w.A.producerId
    const S = w.showroomA.id
    const products = [
      w.draftProduct,
      ...[...ctx.productIdByHandle.entries()]
        .filter(([h]) => h !== "sau-rieng-cho-lach" && h !== "vai-thieu-luc-ngan")
        .map(([, id]) => id),
    ]
    const rows = (t: string, where: string) => `select '${t}' || to_jsonb(x)::text as j from "${t}" x where ${where}`
    const { rows: out } = await pg.raw(
      `select md5(coalesce(string_agg(j, '|' order by j), '')) as h from (${[
        rows("ocop_producer", "id = :A"),
        rows("ocop_producer_member", "producer_id = :A"),
        rows("ocop_producer_invite", "producer_id = :A"),
        rows("ocop_certificate", "producer_id = :A"),
        rows("ocop_showroom", "id = :S"),
        rows("ocop_showroom_staff", "showroom_id = :S"),
        rows("ocop_stock_movement", "showroom_id = :S or producer_id = :A"),
        rows("ocop_counter_sale", "showroom_id = :S"),
        rows("ocop_settlement", "showroom_id = :S or producer_id = :A"),
        rows("ocop_consignment_agreement", "showroom_id = :S or producer_id = :A"),
        rows("ocop_review", "producer_id = :A"),
        rows("ocop_trace_lot", "producer_id = :A"),
        rows("product", "id = any(:products)"),
        rows("product_variant", "product_id = any(:products)"),
        rows("order", "id = any(:orders)"),
        rows("inventory_level", "location_id = :location"),
      ].join(" union all ")}) v`,
      { A, S, products, orders: [w.order.id, w.pickup.id], location: w.showroomA.stock_location_id }
    )
    return out[0].h
  }

  const describeCall = (route: Route, who: string, res: any) =>
    `${who}: ${route.method} ${urlOf(route)} (${route.file}) -> ${res.status} ${JSON.stringify(res.data)?.slice(0, 300)}`

  it("finds every route file of the portals and admin/ocop, each with the victim's ids for its parameters", () => {
    const names = routes.map((r) => `${r.method} ${r.path}`)
    expect(names).toEqual(
      expect.arrayContaining([
        "GET /admin/ocop/certificates",
        "DELETE /admin/ocop/showrooms/:id/staff/:staff_id",
        "POST /producer/products/:id/variants/:variant_id",
        "POST /producer/uploads",
        "GET /showroom/receipts/:receipt",
        "POST /showroom/pickups/:id/collected",
        "GET /producer/payouts",
      ])
    )
    expect(routes.length).toBeGreaterThanOrEqual(50)
    for (const r of routes) expect(() => urlOf(r)).not.toThrow()
    console.log(
      `authorization sweep: ${routes.length} handlers in ${new Set(routes.map((r) => r.file)).size} route files`
    )
  })

  it("strangers, shoppers, the other portals' actors and the operator (on the portals) get 401/403 and change nothing", async () => {
    const others = (route: Route): [string, { headers: Record<string, string> }][] => {
      const all: [string, { headers: Record<string, string> }][] = [
        ["stranger", { headers: {} }],
        ["stranger with the store key", ctx.storeHeaders],
        ["customer", w.customer],
        ["producer of another company", bearer(w.B.token)],
        ["staff of another showroom", bearer(w.staffB.token)],
        ["admin", ctx.adminHeaders],
      ]
      return all.filter(
        ([who]) =>
          !(route.area === "admin" && who === "admin") &&
          !(route.area === "producer" && who === "producer of another company") &&
          !(route.area === "showroom" && who === "staff of another showroom")
      )
    }
    const failures: string[] = []
    let calls = 0
    for (const route of routes) {
      for (const [who, as] of others(route)) {
        const before = await tableDigest(ctx)
        const res = await call(route, as)
        calls++
        if (![401, 403].includes(res.status)) failures.push(`expected 401/403: ${describeCall(route, who, res)}`)
        else if (typeof res.data?.message !== "string") failures.push(`no message: ${describeCall(route, who, res)}`)
        const after = await tableDigest(ctx)
        const changed = Object.keys(before).filter((t) => before[t] !== after[t])
        if (changed.length) failures.push(`wrote ${changed.join(", ")}: ${describeCall(route, who, res)}`)
        const leak = leaked(route, res)
        if (leak.length) failures.push(`leaked ${leak.join(", ")}: ${describeCall(route, who, res)}`)
      }
    }
    console.log(`authorization sweep: ${calls} calls by outsiders`)
    expect(failures).toEqual([])
  })

  /** The same actor type, another tenant: with A's ids 404/403 and nothing written; without ids, nothing of A's read or changed. */
  async function crossTenant(area: Route["area"], who: string, as: () => { headers: Record<string, string> }) {
    const failures: string[] = []
    let calls = 0
    for (const route of routes.filter((r) => r.area === area)) {
      const before = await tableDigest(ctx)
      const victimBefore = await victimDigest()
      const res = await call(route, as())
      calls++
      const what = describeCall(route, who, res)
      if (res.status >= 500) failures.push(`5xx: ${what}`)
      const withIds = route.path.includes(":")
      if (withIds && ![403, 404].includes(res.status))
        failures.push(`expected 404/403 for another tenant's id: ${what}`)
      if (res.status >= 400 || route.method === "GET") {
        const after = await tableDigest(ctx)
        const changed = Object.keys(before).filter((t) => before[t] !== after[t])
        if (changed.length) failures.push(`wrote ${changed.join(", ")}: ${what}`)
      }
      if ((await victimDigest()) !== victimBefore) failures.push(`changed the victim's data: ${what}`)
      const leak = leaked(route, res)
      if (leak.length) failures.push(`leaked ${leak.join(", ")}: ${what}`)
    }
    console.log(`authorization sweep: ${calls} calls by ${who}`)
    expect(failures).toEqual([])
  }

  it("producer B with producer A's ids gets 404/403, reads nothing of A's and changes nothing", () =>
    crossTenant("producer", "producer B", () => bearer(w.B.token)))
  it("staff of showroom B with showroom A's ids get 404/403, read nothing of A's and change nothing", () =>
    crossTenant("showroom", "staff of showroom B", () => bearer(w.staffB.token)))

  it("control: the rightful caller, with the same ids and bodies, gets 2xx (so the refusals above are about who asks)", async () => {
    const owner = (route: Route): { headers: Record<string, string> } => {
      if (route.area === "admin") return ctx.adminHeaders
      if (route.path === "/producer/signup") return bearer(w.signupLogin)
      if (route.path === "/producer/invites/accept") return bearer(w.inviteLogin)
      if (route.path === "/showroom/activate") return bearer(w.staffLogin)
      return bearer(route.area === "producer" ? w.A.token : w.staffA.token)
    }
    // writes that end something (hand-over, removal) go last
    const last = (r: Route) => (r.method === "DELETE" ? 2 : r.path.endsWith("/collected") ? 1 : 0)
    const failures: string[] = []
    for (const route of [...routes].sort((a, b) => last(a) - last(b))) {
      const body = bodyOf(route, true)
      const res = await call(route, owner(route), true)
      if (res.status < 200 || res.status >= 300)
        failures.push(
          describeCall(route, "owner", res) + ` body=${body instanceof FormData ? "form" : JSON.stringify(body)}`
        )
    }
    expect(failures).toEqual([])
  })
}
