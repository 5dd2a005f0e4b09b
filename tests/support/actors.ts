import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { CONSIGNMENT_MODULE } from "../../backend/src/modules/consignment"
import type { Ctx } from "./backend-app"

/**
 * The parties of the marketplace, logged in through the real API, and a world
 * of data each of them owns: for the hostile-input and authorization tests.
 */

export { bearer, settle } from "./checkout"
import { bearer } from "./checkout"

/** Registers a producer login, signs it up, has the operator approve it, logs in again. */
export async function approvedProducer(ctx: Ctx, handle: string, email: string) {
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
  return { token: login.data.token as string, producerId: signup.data.producer.id as string }
}

/** A portal login (owner) for a producer of the seeded catalogue. */
export async function memberOf(ctx: Ctx, producerHandle: string, email: string) {
  await ctx.api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-123" })
  const ocop = ctx.container().resolve(OCOP_MODULE)
  const [producer] = await ocop.listOcopProducers({ handle: producerHandle })
  const member = await ocop.createProducerMembers({ email, role: "owner", producer_id: producer.id })
  const auth = ctx.container().resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities({ provider_identities: { entity_id: email } })
  await auth.updateAuthIdentities({ id: identity.id, app_metadata: { producer_id: member.id } })
  const login = await ctx.api.post("/auth/producer/emailpass", { email, password: "mat-khau-123" })
  return { token: login.data.token as string, producerId: producer.id as string, memberId: member.id as string }
}

/** A registered producer login bound to nobody yet (what sign-up and invitations take). */
export async function unboundProducerLogin(ctx: Ctx, email: string) {
  return (await ctx.api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-123" })).data
    .token as string
}

/** Adds a staff member to a showroom, activates their login and logs in. */
export async function staffToken(ctx: Ctx, showroomId: string, email: string, role: "manager" | "clerk" = "manager") {
  const { data } = await ctx.api.post(`/admin/ocop/showrooms/${showroomId}/staff`, { email, role }, ctx.adminHeaders)
  const reg = await ctx.api.post("/auth/staff/emailpass/register", { email, password: "mat-khau-quay-1" })
  await ctx.api.post("/showroom/activate", { token: data.activation.token }, bearer(reg.data.token))
  const token = (await ctx.api.post("/auth/staff/emailpass", { email, password: "mat-khau-quay-1" })).data
    .token as string
  return { token, staffId: data.staff.id as string }
}

/** A logged-in shopper: the store's publishable key and the customer's bearer token. */
export async function customer(ctx: Ctx, email: string) {
  const reg = await ctx.api.post("/auth/customer/emailpass/register", { email, password: "khach-123456" })
  await ctx.api.post(
    "/store/customers",
    { email, first_name: "Minh" },
    { headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${reg.data.token}` } }
  )
  const login = await ctx.api.post("/auth/customer/emailpass", { email, password: "khach-123456" })
  return { headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${login.data.token}` } }
}

/** Places an order through the store API: delivery (the first option) or pickup at a showroom (option name contains `option`). */
export async function placeOrder(
  ctx: Ctx,
  lines: [variantId: string, quantity: number][],
  opts: {
    as?: { headers: Record<string, string> }
    option?: string
    provider?: string
    email?: string
    /** the storefront's language ("en" for the English storefront) */
    locale?: string
  } = {}
) {
  const as = opts.as ?? ctx.storeHeaders
  const { data: regions } = await ctx.api.get("/store/regions", as)
  const { data } = await ctx.api.post(
    "/store/carts",
    {
      region_id: regions.regions[0].id,
      email: opts.email ?? "mua@example.vn",
      ...(opts.locale ? { locale: opts.locale } : {}),
    },
    as
  )
  const cartId = data.cart.id
  for (const [variant_id, quantity] of lines)
    await ctx.api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, as)
  await ctx.api.post(
    `/store/carts/${cartId}`,
    {
      shipping_address: {
        first_name: "Minh",
        last_name: "Lê",
        address_1: "5 Lý Thường Kiệt",
        city: "Phường Ba Đình",
        province: "ha-noi",
        country_code: "vn",
        phone: "0912000111",
      },
    },
    as
  )
  const { data: options } = await ctx.api.get(`/store/shipping-options?cart_id=${cartId}`, as)
  const chosen = opts.option
    ? options.shipping_options.find((o: any) => o.name.includes(opts.option))
    : (options.shipping_options.find((o: any) => o.name === "Giao hàng tiêu chuẩn") ?? options.shipping_options[0])
  await ctx.api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: chosen.id }, as)
  const { data: pc } = await ctx.api.post("/store/payment-collections", { cart_id: cartId }, as)
  await ctx.api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: opts.provider ?? "pp_cod_cod" },
    as
  )
  const done = await ctx.api.post(`/store/carts/${cartId}/complete`, {}, as)
  if (done.data.type !== "order") throw new Error(`order not placed: ${JSON.stringify(done.data).slice(0, 500)}`)
  return done.data.order
}

export async function variantOfHandle(ctx: Ctx, handle: string): Promise<string> {
  const [v] = await ctx
    .container()
    .resolve(Modules.PRODUCT)
    .listProductVariants({ product_id: ctx.productIdByHandle.get(handle) })
  return v.id
}

/** Every table the project's routes write, directly or through Medusa's workflows. */
export const WRITTEN_TABLES = [
  "ocop_producer",
  "ocop_producer_member",
  "ocop_producer_invite",
  "ocop_certificate",
  "ocop_sale_event",
  "ocop_showroom",
  "ocop_showroom_staff",
  "ocop_consignment_agreement",
  "ocop_stock_movement",
  "ocop_counter_sale",
  "ocop_settlement",
  "ocop_review",
  "ocop_review_vote",
  "ocop_review_report",
  "ocop_trace_lot",
  "ocop_trace_code",
  "ocop_trace_scan",
  "product",
  "product_variant",
  "image",
  "price",
  "price_set",
  "inventory_item",
  "inventory_level",
  "reservation_item",
  "order",
  "order_item",
  "order_line_item",
  "fulfillment",
  "fulfillment_label",
  "payment",
  "payment_collection",
  "capture",
  "auth_identity",
  "provider_identity",
  "customer",
  "stock_location",
  "shipping_option",
  "file",
]

async function existingTables(ctx: Ctx, tables: string[]): Promise<string[]> {
  const pg = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_name = any(?)`,
    [tables]
  )
  const have = new Set(rows.map((r: any) => r.table_name))
  return tables.filter((t) => have.has(t))
}

/**
 * A digest of every row of the given tables (count and md5 of the rows as JSON):
 * equal digests mean nothing was written, updated or deleted in them.
 */
export async function tableDigest(ctx: Ctx, tables: string[] = WRITTEN_TABLES): Promise<Record<string, string>> {
  const pg = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const present = await existingTables(ctx, tables)
  const sql = present
    .map(
      (t) =>
        `select '${t}' as t, count(*)::text || ':' || coalesce(md5(string_agg(to_jsonb(x)::text, '|' order by x.id)), '') as h from "${t}" x`
    )
    .join(" union all ")
  const { rows } = await pg.raw(sql)
  return Object.fromEntries(rows.map((r: any) => [r.t, r.h]))
}

/** Ledger sums per showroom and variant, and the same showroom's inventory levels: they must agree. */
export async function ledgerAndLevels(ctx: Ctx) {
  const consignment = ctx.container().resolve(CONSIGNMENT_MODULE)
  const showrooms = await consignment.listShowrooms({}, { take: null })
  const query = ctx.container().resolve(ContainerRegistrationKeys.QUERY)
  const out: Record<string, { ledger: number; level: number }> = {}
  for (const s of showrooms) {
    const onHand = (await consignment.stockOnHand(s.id)) as Map<string, number>
    const ids = [...onHand.keys()]
    if (!ids.length) continue
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: ids },
    })
    const levels = await ctx
      .container()
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({ location_id: s.stock_location_id }, { take: null })
    const level = new Map<string, number>(levels.map((l: any) => [l.inventory_item_id, Number(l.stocked_quantity)]))
    for (const v of data as any[]) {
      out[`${s.handle}/${v.id}`] = {
        ledger: onHand.get(v.id) ?? 0,
        level: level.get(v.inventory_items?.[0]?.inventory_item_id) ?? 0,
      }
    }
  }
  return out
}
