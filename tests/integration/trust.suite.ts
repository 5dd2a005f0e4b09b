import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import sharp from "sharp"
import type { Suite } from "../support/backend-app"
import { REVIEWS_MODULE } from "../../backend/src/modules/reviews"
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
  variantOfHandle,
} from "../support/actors"

/**
 * Trust a shopper can check: reviews only from buyers who received the goods
 * (once per line, within 30 days, one edit, photos re-encoded without their
 * metadata), the producer's one answer, the operator's hiding with a reason,
 * reports from anyone; the rating on the product page and in search.
 */
export const trust: Suite = (ctx) => {
  const store = () => ctx.storeHeaders
  const keoHandle = "keo-dua-cho-lach"

  /** A JPEG with EXIF (a camera owner's name and a place) that a phone would send. */
  const photoWithMetadata = () =>
    sharp({ create: { width: 1200, height: 900, channels: 3, background: "#c8843a" } })
      .jpeg()
      .withExif({ IFD0: { Artist: "Nguyen Van Bi mat", ImageDescription: "GPS 10.24N 106.37E nha rieng" } })
      .toBuffer()

  /** Ships the producer's lines and has the operator mark the delivery done (as the carrier confirms it). */
  async function deliver(orderId: string, producerToken: string) {
    await ctx.api.post(`/producer/orders/${orderId}/shipments`, { tracking_number: "GHN-1" }, bearer(producerToken))
    const { data } = await ctx.api.get(`/admin/orders/${orderId}?fields=id,*fulfillments`, ctx.adminHeaders)
    for (const f of data.order.fulfillments)
      await ctx.api.post(`/admin/orders/${orderId}/fulfillments/${f.id}/mark-as-delivered`, {}, ctx.adminHeaders)
  }

  /** A shopper with a delivered order of one Kẹo dừa, and producer A (who makes it). */
  async function world() {
    const producerA = await memberOf(ctx, "htx-dua-cho-lach", "chu@dua.vn")
    const producerB = await approvedProducer(ctx, "htx-cam-b", "chu@camb.vn")
    const keo = await variantOfHandle(ctx, keoHandle)
    const buyer = await customer(ctx, "mua@ocop.vn")
    const other = await customer(ctx, "khac@ocop.vn")
    const order = await placeOrder(ctx, [[keo, 1]], { as: buyer, email: "mua@ocop.vn" })
    const line = order.items[0].id as string
    return { producerA, producerB, keo, buyer, other, order, line }
  }

  const review = (
    as: { headers: Record<string, string> },
    body: Record<string, string | number>,
    photos: { bytes: Buffer; name: string; type?: string }[] = []
  ) => {
    if (!photos.length) return settle(ctx.api.post("/store/ocop/reviews", body, as))
    const form = new FormData()
    for (const [k, v] of Object.entries(body)) form.append(k, String(v))
    for (const p of photos)
      form.append("photos", new Blob([new Uint8Array(p.bytes)], { type: p.type ?? "image/jpeg" }), p.name)
    return settle(ctx.api.post("/store/ocop/reviews", form, as))
  }
  const productReviews = async (query = "") =>
    (await ctx.api.get(`/store/ocop/products/${ctx.productIdByHandle.get(keoHandle)}/reviews${query}`, store())).data

  it("only a received line of one's own order can be reviewed, once, within 30 days; the photo is re-encoded without its metadata", async () => {
    const w = await world()
    const body = { order_id: w.order.id, line_item_id: w.line, rating: 5, body: "Kẹo dừa thơm, dẻo vừa." }

    const early = await review(w.buyer, body)
    expect(early.status).toBe(400)
    expect(early.data.message).toContain("Chỉ đánh giá được sản phẩm đã nhận")
    expect(early.data.message).toContain("(you can only review")

    await deliver(w.order.id, w.producerA.token)
    // someone else's order, even with its real ids
    const stranger = await review(w.other, body)
    expect(stranger.status).toBe(400)
    expect(stranger.data.message).toContain("đơn hàng của bạn")
    // no login at all
    expect((await review(store(), body)).status).toBe(401)

    // photos: a file that is not an image, too many, too large
    const fake = await review(w.buyer, body, [{ bytes: Buffer.from("<svg onload=alert(1)>"), name: "a.jpg" }])
    expect(fake.status).toBe(400)
    expect(fake.data.message).toContain("không phải ảnh JPEG, PNG hoặc WebP hợp lệ")
    const jpeg = await photoWithMetadata()
    const four = await review(
      w.buyer,
      body,
      [1, 2, 3, 4].map((i) => ({ bytes: jpeg, name: `${i}.jpg` }))
    )
    expect(four.status).toBe(400)
    expect(four.data.message).toContain("Tối đa 3 ảnh")
    const huge = await review(w.buyer, body, [{ bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 1), name: "big.jpg" }])
    expect(huge.status).toBe(400)
    expect(huge.data.message).toContain("5 MB")
    expect((await productReviews()).count).toBe(0)

    expect((await sharp(jpeg).metadata()).exif).toBeDefined()
    const made = await review(w.buyer, body, [{ bytes: jpeg, name: "IMG_0001.jpg" }])
    expect(made.status).toBe(201)
    expect(made.data.review).toMatchObject({ rating: 5, author_name: "Minh", verified_purchase: true })
    expect(made.data.review).not.toHaveProperty("customer_id")
    expect(made.data.review.photos).toHaveLength(1)

    // the stored photo: a new JPEG, scaled, with no EXIF left (no name, no place)
    const [row] = await ctx.container().resolve(REVIEWS_MODULE).listReviews({ id: made.data.review.id })
    const stored = await ctx.container().resolve(Modules.FILE).getAsBuffer(row.photos[0].id)
    const meta = await sharp(stored).metadata()
    expect(meta).toMatchObject({ format: "jpeg", width: 1200 })
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from("Bi mat"))).toBe(false)

    const again = await review(w.buyer, { ...body, rating: 1 })
    expect(again.status).toBe(422)
    expect(again.data.message).toContain("đã đánh giá dòng hàng này")

    // a second order, delivered 31 days ago: too late
    const late = await placeOrder(ctx, [[w.keo, 1]], { as: w.buyer, email: "mua@ocop.vn" })
    await deliver(late.id, w.producerA.token)
    const pg = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `update fulfillment set delivered_at = now() - interval '31 days' where id in (select fulfillment_id from order_fulfillment where order_id = ?)`,
      [late.id]
    )
    const tooLate = await review(w.buyer, {
      order_id: late.id,
      line_item_id: late.items[0].id,
      rating: 4,
      body: "Ngon",
    })
    expect(tooLate.status).toBe(400)
    expect(tooLate.data.message).toContain("Đã quá 30 ngày")

    // the shopper's own list says which lines are open and until when
    const mine = (await ctx.api.get("/store/ocop/reviews", w.buyer)).data.lines
    expect(mine.find((l: any) => l.line_item_id === w.line)).toMatchObject({ open: false, review: { can_edit: true } })
    expect(mine.find((l: any) => l.order_id === late.id)).toMatchObject({ open: false, review: null })
  })

  it("one edit by the author only; one answer by the product's producer only; text stays text", async () => {
    const w = await world()
    await deliver(w.order.id, w.producerA.token)
    const made = await review(w.buyer, {
      order_id: w.order.id,
      line_item_id: w.line,
      rating: 3,
      body: "<b>Ngọt</b> quá <script>alert(1)</script>",
    })
    const id = made.data.review.id
    // stored and returned as the characters typed, neither run nor stripped
    expect(made.data.review.body).toBe("<b>Ngọt</b> quá <script>alert(1)</script>")

    const notMine = await settle(ctx.api.post(`/store/ocop/reviews/${id}`, { rating: 1 }, w.other))
    expect(notMine.status).toBe(403)
    expect(notMine.data.message).toContain("đánh giá của chính mình")
    const edited = await ctx.api.post(`/store/ocop/reviews/${id}`, { rating: 4, body: "Ngọt vừa, giao nhanh" }, w.buyer)
    expect(edited.data.review).toMatchObject({ rating: 4, body: "Ngọt vừa, giao nhanh" })
    expect(edited.data.review.edited_at).toBeTruthy()
    const twice = await settle(ctx.api.post(`/store/ocop/reviews/${id}`, { rating: 5 }, w.buyer))
    expect(twice.status).toBe(400)
    expect(twice.data.message).toContain("chỉ được sửa một lần")

    const otherProducer = await settle(
      ctx.api.post(`/producer/reviews/${id}/answer`, { answer: "Cảm ơn!" }, bearer(w.producerB.token))
    )
    expect(otherProducer.status).toBe(403)
    expect(otherProducer.data.message).toContain("chủ thể khác")
    expect((await ctx.api.get("/producer/reviews", bearer(w.producerB.token))).data.reviews).toEqual([])
    const answered = await ctx.api.post(
      `/producer/reviews/${id}/answer`,
      { answer: "Cảm ơn anh Minh đã ủng hộ HTX!" },
      bearer(w.producerA.token)
    )
    expect(answered.status).toBe(201)
    const answerAgain = await settle(
      ctx.api.post(`/producer/reviews/${id}/answer`, { answer: "Sửa lại" }, bearer(w.producerA.token))
    )
    expect(answerAgain.status).toBe(400)
    expect(answerAgain.data.message).toContain("chỉ trả lời một lần")

    const page = await productReviews()
    expect(page.reviews[0]).toMatchObject({
      rating: 4,
      verified_purchase: true,
      answer: { body: "Cảm ơn anh Minh đã ủng hộ HTX!" },
    })
    expect(JSON.stringify(page)).not.toContain("mua@ocop.vn")
    expect(JSON.stringify(page)).not.toContain(w.order.id)
  })

  it("anyone reports, the operator hides with a reason; the rating, distribution, helpful order and search follow", async () => {
    const w = await world()
    await deliver(w.order.id, w.producerA.token)
    const second = await placeOrder(ctx, [[w.keo, 1]], { as: w.other, email: "khac@ocop.vn" })
    await deliver(second.id, w.producerA.token)
    const first = (await review(w.buyer, { order_id: w.order.id, line_item_id: w.line, rating: 5, body: "Rất ngon" }))
      .data.review
    const rude = (
      await review(w.other, { order_id: second.id, line_item_id: second.items[0].id, rating: 2, body: "Tệ, spam link" })
    ).data.review

    let page = await productReviews()
    expect(page.summary).toMatchObject({ average: 3.5, count: 2 })
    expect(page.summary.distribution).toEqual([
      { stars: 5, count: 1 },
      { stars: 4, count: 0 },
      { stars: 3, count: 0 },
      { stars: 2, count: 1 },
      { stars: 1, count: 0 },
    ])
    expect(page.reviews.map((r: any) => r.id)).toEqual([rude.id, first.id])

    // helpful votes: once per shopper; "most helpful" puts the first review first
    const vote = () => ctx.api.post(`/store/ocop/reviews/${first.id}/helpful`, {}, w.other)
    expect((await vote()).data).toEqual({ added: true, helpful_count: 1 })
    expect((await vote()).data).toEqual({ added: false, helpful_count: 1 })
    expect((await settle(ctx.api.post(`/store/ocop/reviews/${first.id}/helpful`, {}, store()))).status).toBe(401)
    expect((await productReviews("?sort=helpful")).reviews.map((r: any) => r.id)).toEqual([first.id, rude.id])

    // search cards carry the rating; sort by rating puts the reviewed product first
    const search = async (q: string) => (await ctx.api.get(`/store/ocop/search?${q}`, store())).data
    const keoHit = (await search("q=keo dua")).hits.find((h: any) => h.handle === keoHandle)
    expect(keoHit).toMatchObject({ rating_average: 3.5, rating_count: 2 })
    expect((await search("sort=rating_desc")).hits[0].handle).toBe(keoHandle)

    // a report from someone not logged in
    const reported = await ctx.api.post(`/store/ocop/reviews/${rude.id}/report`, { reason: "Quảng cáo" }, store())
    expect(reported.status).toBe(201)
    const list = (await ctx.api.get("/admin/ocop/reviews?reported=true", ctx.adminHeaders)).data.reviews
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ id: rude.id, report_count: 1, reports: [{ reason: "Quảng cáo" }] })

    const noReason = await settle(
      ctx.api.post(`/admin/ocop/reviews/${rude.id}/hidden`, { hidden: true }, ctx.adminHeaders)
    )
    expect(noReason.status).toBe(400)
    expect(noReason.data.message).toContain("lý do")
    const hidden = await ctx.api.post(
      `/admin/ocop/reviews/${rude.id}/hidden`,
      { hidden: true, reason: "Quảng cáo trá hình" },
      ctx.adminHeaders
    )
    expect(hidden.data.review).toMatchObject({ hidden_reason: "Quảng cáo trá hình" })
    expect(hidden.data.review.hidden_by).toBeTruthy()
    page = await productReviews()
    expect(page.reviews.map((r: any) => r.id)).toEqual([first.id])
    expect(page.summary).toMatchObject({ average: 5, count: 1 })
    const after = (await search("q=keo dua")).hits.find((h: any) => h.handle === keoHandle)
    expect(after).toMatchObject({ rating_average: 5, rating_count: 1 })
    // a hidden review can no longer be reported or voted on
    expect((await settle(ctx.api.post(`/store/ocop/reviews/${rude.id}/report`, { reason: "x" }, store()))).status).toBe(
      404
    )
  })

  it("a line collected at a showroom counts as received", async () => {
    const w = await world()
    const showroom = (
      await ctx.api.post(
        "/admin/ocop/showrooms",
        {
          name: "Điểm diem-a",
          handle: "diem-a",
          address: "1 Đường 30/4",
          commune: "Xã Chợ Lách",
          province_code: "vinh-long",
        },
        ctx.adminHeaders
      )
    ).data.showroom
    await ctx.api.post(
      `/admin/ocop/showrooms/${showroom.id}/agreements`,
      { producer_id: w.producerA.producerId, commission_bps: 1000 },
      ctx.adminHeaders
    )
    const staff = await staffToken(ctx, showroom.id, "quay@ocop.vn")
    await ctx.api.post("/showroom/intakes", { lines: [{ variant_id: w.keo, quantity: 5 }] }, bearer(staff.token))
    const pickup = await placeOrder(ctx, [[w.keo, 1]], {
      as: w.buyer,
      option: "Điểm diem-a",
      provider: "pp_showroom_cod",
      email: "mua@ocop.vn",
    })
    const body = { order_id: pickup.id, line_item_id: pickup.items[0].id, rating: 4, body: "Nhận tại điểm bán, tiện" }
    expect((await review(w.buyer, body)).status).toBe(400)
    await ctx.api.post(`/showroom/pickups/${pickup.id}/collected`, { payment_method: "cash" }, bearer(staff.token))
    expect((await review(w.buyer, body)).status).toBe(201)
  })

  it("sweep of the store's review routes: strangers and other shoppers are refused with a message and change nothing; the author is not", async () => {
    const w = await world()
    await deliver(w.order.id, w.producerA.token)
    const victim = (await review(w.buyer, { order_id: w.order.id, line_item_id: w.line, rating: 4, body: "Ngon" })).data
      .review.id
    // a second received line of the victim, not yet reviewed, for the create route
    const open = await placeOrder(ctx, [[w.keo, 1]], { as: w.buyer, email: "mua@ocop.vn" })
    await deliver(open.id, w.producerA.token)
    const calls: { name: string; path: string; body: any; stranger: number[]; other: number[] }[] = [
      {
        name: "create a review of the victim's line",
        path: "/store/ocop/reviews",
        body: { order_id: open.id, line_item_id: open.items[0].id, rating: 1, body: "Giả mạo" },
        stranger: [401],
        other: [400],
      },
      {
        name: "edit the victim's review",
        path: `/store/ocop/reviews/${victim}`,
        body: { rating: 1, body: "Sửa trộm" },
        stranger: [401],
        other: [403],
      },
      { name: "vote", path: `/store/ocop/reviews/${victim}/helpful`, body: {}, stranger: [401], other: [] },
    ]
    const failures: string[] = []
    for (const c of calls) {
      for (const [who, as, expected] of [
        ["stranger", store(), c.stranger],
        ["another shopper", w.other, c.other],
      ] as const) {
        if (!expected.length) continue
        const before = await tableDigest(ctx)
        const res = await settle(ctx.api.post(c.path, c.body, as))
        const after = await tableDigest(ctx)
        const what = `${who}: ${c.name} -> ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`
        if (!expected.includes(res.status)) failures.push(`expected ${expected}: ${what}`)
        if (typeof res.data?.message !== "string" || (res.status !== 401 && !/\(.+\)/.test(res.data.message)))
          failures.push(`no "Vietnamese (English)" message: ${what}`)
        const changed = Object.keys(before).filter((t) => before[t] !== after[t])
        if (changed.length) failures.push(`wrote ${changed.join(", ")}: ${what}`)
      }
    }
    expect(failures).toEqual([])
    // the other shopper's own list shows nothing of the victim's
    const theirs = JSON.stringify((await ctx.api.get("/store/ocop/reviews", w.other)).data)
    expect(theirs).not.toContain(w.order.id)
    expect(theirs).not.toContain(victim)
    expect((await settle(ctx.api.get("/store/ocop/reviews", store()))).status).toBe(401)
    // control: the rightful author, with the same ids and bodies
    for (const c of calls.slice(0, 2))
      expect((await settle(ctx.api.post(c.path, c.body, w.buyer))).status).toBeLessThan(300)
  })

  // ---- traceability ----

  const lotBody = (over: Record<string, unknown> = {}) => ({
    product_id: ctx.productIdByHandle.get(keoHandle),
    lot_code: "L2026-11",
    produced_on: "2026-11-20",
    best_before: "2027-05-20",
    quantity: 10,
    notes: "Dừa Chợ Lách, đường thốt nốt An Giang",
    stamp_mode: "unit",
    ...over,
  })
  const scan = (code: string, ip = "203.0.113.7") =>
    ctx.api.post(`/store/ocop/trace/${code}`, {}, { headers: { ...store().headers, "x-forwarded-for": ip } })

  /** Renders a PDF page to PNG with poppler (pdftoppm) and reads every QR code on it with jsQR, a stamp at a time. */
  function qrCodesOf(pdf: Buffer): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stamps-"))
    fs.writeFileSync(path.join(dir, "sheet.pdf"), pdf)
    execFileSync("pdftoppm", [
      "-r",
      "150",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      path.join(dir, "sheet.pdf"),
      path.join(dir, "p"),
    ])
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".png"))!
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, file)))
    const found: string[] = []
    // the sheet is 3 x 5 stamps: read each cell on its own
    const cw = Math.floor(png.width / 3)
    const ch = Math.floor(png.height / 5)
    for (let r = 0; r < 5; r++)
      for (let c = 0; c < 3; c++) {
        const cell = new Uint8ClampedArray(cw * ch * 4)
        for (let y = 0; y < ch; y++) {
          const from = ((r * ch + y) * png.width + c * cw) * 4
          cell.set(png.data.subarray(from, from + cw * 4), y * cw * 4)
        }
        const qr = jsQR(cell, cw, ch)
        if (qr) found.push(qr.data)
      }
    fs.rmSync(dir, { recursive: true, force: true })
    return found
  }

  it("a producer registers a lot of a product on sale; its unit codes are random; the PDF sheet reads back to trace addresses", async () => {
    const A = await memberOf(ctx, "htx-dua-cho-lach", "chu@dua.vn")
    const B = await approvedProducer(ctx, "htx-cam-b", "chu@camb.vn")
    const made = await ctx.api.post("/producer/lots", lotBody(), bearer(A.token))
    expect(made.status).toBe(201)
    const lotId = made.data.lot.id

    const noCertificate = await settle(
      ctx.api.post(
        "/producer/lots",
        lotBody({ product_id: ctx.productIdByHandle.get("fixture-none"), lot_code: "X1" }),
        bearer(A.token)
      )
    )
    expect(noCertificate.status).toBe(400)
    expect(noCertificate.data.message).toContain("sản phẩm đang bán")
    const othersProduct = await settle(ctx.api.post("/producer/lots", lotBody({ lot_code: "X2" }), bearer(B.token)))
    expect(othersProduct.status).toBe(404)
    const twice = await settle(ctx.api.post("/producer/lots", lotBody(), bearer(A.token)))
    expect(twice.status).toBe(422)
    expect(twice.data.message).toContain("đã được đăng ký")
    const badDates = await settle(
      ctx.api.post("/producer/lots", lotBody({ lot_code: "X3", best_before: "2026-01-01" }), bearer(A.token))
    )
    expect(badDates.status).toBe(400)

    const codes = (await ctx.container().resolve(TRACEABILITY_MODULE).listTraceCodes({ lot_id: lotId }, { take: null }))
      .sort((a: any, b: any) => a.unit - b.unit)
      .map((c: any) => c.code as string)
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
    // not a counter: neighbouring units share almost nothing
    for (let i = 1; i < codes.length; i++) {
      let same = 0
      while (same < 12 && codes[i][same] === codes[i - 1][same]) same++
      expect(same).toBeLessThan(6)
    }

    const sheet = await ctx.api.get(`/producer/lots/${lotId}/sheet`, {
      ...bearer(A.token),
      responseType: "arraybuffer",
    })
    expect(sheet.headers["content-type"]).toContain("application/pdf")
    const pdf = Buffer.from(sheet.data)
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString()
    expect(text).toContain("Kẹo dừa Chợ Lách")
    expect(text).toContain("OCOP 4 sao")
    expect(text).toContain("Lô L2026-11")
    const short = `${codes[0].slice(0, 4)}-${codes[0].slice(4, 8)}-${codes[0].slice(8)}`
    expect(text).toContain(short)
    const read = qrCodesOf(pdf)
    expect(read).toHaveLength(10)
    expect(read.map((u) => u.replace(/^.*\/trace\//, "")).sort()).toEqual([...codes].sort())
    expect(read[0]).toMatch(/^http:\/\/localhost:\d+\/trace\/[0-9A-Z]{12}$/)

    // another producer's lot is not found, nor its sheet
    expect((await settle(ctx.api.get(`/producer/lots/${lotId}/sheet`, bearer(B.token)))).status).toBe(404)
    expect((await ctx.api.get("/producer/lots", bearer(B.token))).data.lots).toEqual([])
  })

  it("a scanned stamp shows product, producer, place, the certificate now, the lot and its path (intake naming it, counter sale), nothing private; counterfeit signals", async () => {
    const A = await memberOf(ctx, "htx-dua-cho-lach", "chu@dua.vn")
    const keo = await variantOfHandle(ctx, keoHandle)
    const lot = (await ctx.api.post("/producer/lots", lotBody(), bearer(A.token))).data.lot
    const [stamp] = await ctx.container().resolve(TRACEABILITY_MODULE).listTraceCodes({ lot_id: lot.id, unit: 1 })
    const showroom = (
      await ctx.api.post(
        "/admin/ocop/showrooms",
        {
          name: "Điểm OCOP Chợ Lách",
          handle: "diem-cl",
          address: "1 Đường 30/4",
          commune: "Xã Chợ Lách",
          province_code: "vinh-long",
        },
        ctx.adminHeaders
      )
    ).data.showroom
    await ctx.api.post(
      `/admin/ocop/showrooms/${showroom.id}/agreements`,
      { producer_id: A.producerId, commission_bps: 1000 },
      ctx.adminHeaders
    )
    const staff = await staffToken(ctx, showroom.id, "quay@ocop.vn")

    // intake by scanning the stamp: product, lot and best-before come from it
    const looked = (await ctx.api.get(`/showroom/trace/${stamp.code.toLowerCase()}`, bearer(staff.token))).data.stamp
    expect(looked).toMatchObject({ lot: "L2026-11", best_before: "2027-05-20", variants: [{ id: keo }] })
    expect((await settle(ctx.api.get("/showroom/trace/NOPE", bearer(staff.token)))).status).toBe(404)
    await ctx.api.post(
      "/showroom/intakes",
      {
        lines: [
          {
            variant_id: looked.variants[0].id,
            quantity: 4,
            unit_price: 70000,
            lot: looked.lot,
            best_before: looked.best_before,
          },
        ],
      },
      bearer(staff.token)
    )
    await ctx.api.post(
      "/showroom/sales",
      { payment_method: "cash", lines: [{ variant_id: keo, quantity: 3 }] },
      bearer(staff.token)
    )

    const { data } = await scan(`${stamp.code.slice(0, 4)}-${stamp.code.slice(4, 8)}-${stamp.code.slice(8)}`)
    expect(data.signals).toEqual([])
    expect(data.trace).toMatchObject({
      kind: "unit",
      unit: 1,
      product: { title: "Kẹo dừa Chợ Lách", handle: keoHandle },
      producer: { name: expect.any(String) },
      commune: expect.any(String),
      province: expect.stringContaining("Bến Tre"),
      certificate: { number: "T-BT-1", stars: 4, state: "valid" },
      lot: { lot_code: "L2026-11", quantity: 10, notes: "Dừa Chợ Lách, đường thốt nốt An Giang" },
      path: {
        made: { quantity: 10 },
        intakes: [{ showroom: "Điểm OCOP Chợ Lách", quantity: 4 }],
        sold: [{ channel: "showroom", showroom: "Điểm OCOP Chợ Lách", quantity: 3 }],
        sold_total: 3,
      },
      scans: { scans: 1, places: 1 },
    })
    expect(data.trace.lot.produced_on.slice(0, 10)).toBe("2026-11-20")
    const body = JSON.stringify(data)
    for (const secret of ["70000", "quay@ocop.vn", "PN-", "HD-", A.producerId, "chu@dua.vn"])
      expect(body).not.toContain(secret)

    // an unknown code: said plainly, and recorded for the operator
    expect((await scan("ZZZZ-ZZZZ-ZZZZ")).data).toEqual({ trace: null, signals: [{ kind: "unknown_code" }] })

    // the same unit stamp from many networks: a copied stamp
    for (let i = 0; i < 6; i++) await scan(stamp.code, `198.51.${100 + i}.9`)
    const copied = (await scan(stamp.code)).data
    expect(copied.signals).toEqual([{ kind: "scanned_widely", scans: 8, places: 7 }])

    // more units of a lot sold than were made: 2 made, 5 taken in under its code, 4 sold
    const small = (
      await ctx.api.post(
        "/producer/lots",
        lotBody({ lot_code: "L-NHO", quantity: 2, stamp_mode: "lot" }),
        bearer(A.token)
      )
    ).data.lot
    const [lotStamp] = await ctx.container().resolve(TRACEABILITY_MODULE).listTraceCodes({ lot_id: small.id })
    expect(lotStamp.unit).toBeNull()
    await ctx.api.post(
      "/showroom/intakes",
      { lines: [{ variant_id: keo, quantity: 5, lot: "L-NHO", best_before: "2027-05-20" }] },
      bearer(staff.token)
    )
    await ctx.api.post(
      "/showroom/sales",
      { payment_method: "cash", lines: [{ variant_id: keo, quantity: 4 }] },
      bearer(staff.token)
    )
    const oversold = (await scan(lotStamp.code)).data
    expect(oversold.signals).toEqual([{ kind: "oversold", sold: 3, made: 2 }])

    const signals = (await ctx.api.get("/admin/ocop/trace-signals", ctx.adminHeaders)).data
    expect(signals.scanned_widely).toMatchObject([{ lot_code: "L2026-11", scans: 8, places: 7 }])
    expect(signals.unknown_codes).toMatchObject([{ code: "ZZZZZZZZZZZZ", scans: 1 }])
    expect(signals.oversold).toMatchObject([{ lot_code: "L-NHO", made: 2, sold: 3 }])
    expect(signals.certificate).toEqual([])

    // the certificate is revoked: every stamp of the product says so
    const [certificate] = await ctx.container().resolve("ocop").listOcopCertificates({ certificate_number: "T-BT-1" })
    await ctx.api.post(
      `/admin/ocop/certificates/${certificate.id}/status`,
      { status: "revoked", reason: "Vi phạm" },
      ctx.adminHeaders
    )
    const revoked = (await scan(stamp.code, "203.0.113.7")).data
    expect(revoked.trace.certificate.state).toBe("revoked")
    expect(revoked.trace.product.handle).toBeNull()
    expect(revoked.signals).toContainEqual({ kind: "certificate_revoked" })
    expect((await ctx.api.get("/admin/ocop/trace-signals", ctx.adminHeaders)).data.certificate).toHaveLength(2)
  })
}
