import type { Suite } from "../support/backend-app"
import { customer, settle, variantOfHandle } from "../support/actors"
import { storeCheckout } from "../support/checkout"

/**
 * Vietnamese addresses: province then commune (today's 34 provinces and their
 * communes, no districts), a Vietnamese phone. The backend refuses a commune
 * of another province, an unknown province and a foreign phone with a 400 in
 * Vietnamese (English) and keeps what the cart had; a delivered order cannot
 * be completed without a real address; saved addresses follow the same rule.
 */
export const addresses: Suite = (ctx) => {
  const store = () => ctx.storeHeaders
  const checkout = storeCheckout(ctx)
  const address = (over: Record<string, string> = {}) => ({
    first_name: "Lan",
    last_name: "Nguyễn",
    address_1: "12 Trần Hưng Đạo",
    city: "Phường Long Châu",
    province: "Vĩnh Long",
    country_code: "vn",
    phone: "0901234567",
    ...over,
  })
  const cartWithLine = async () => checkout.cartOf(await variantOfHandle(ctx, "keo-dua-cho-lach"), 1)
  const setAddress = (cartId: string, shipping_address: unknown) =>
    settle(ctx.api.post(`/store/carts/${cartId}`, { shipping_address }, store()))
  const addressOf = async (cartId: string) =>
    (await ctx.api.get(`/store/carts/${cartId}?fields=*shipping_address`, store())).data.cart.shipping_address

  it("lists a province's communes by its code and refuses a province that no longer exists", async () => {
    const { data } = await ctx.api.get("/store/ocop/provinces/vinh-long/communes", store())
    expect(data.province).toMatchObject({ code: "vinh-long", official_code: "86", full_name: "Tỉnh Vĩnh Long" })
    expect(data.count).toBe(124)
    expect(data.communes.map((c: any) => c.name)).toContain("Phường Long Châu")
    expect((await ctx.api.get("/store/ocop/provinces/01/communes", store())).data.count).toBe(126)
    const gone = await settle(ctx.api.get("/store/ocop/provinces/ben-tre/communes", store()))
    expect(gone.status).toBe(404)
  })

  it("refuses a commune of another province and keeps the cart's address as it was", async () => {
    const cartId = await cartWithLine()
    // Ba Đình is a ward of Hà Nội, not of Vĩnh Long
    const res = await setAddress(cartId, address({ city: "Phường Ba Đình", address_1: "99 Phố Khác" }))
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/"Phường Ba Đình" không phải xã\/phường của Tỉnh Vĩnh Long \(not a commune/)
    expect(await addressOf(cartId)).toMatchObject({ city: "Phường Long Châu", address_1: "12 Trần Hưng Đạo" })
  })

  it("refuses an unknown province, a missing commune and a phone that is not Vietnamese", async () => {
    const cartId = await cartWithLine()
    const atlantis = await setAddress(cartId, address({ province: "Atlantis" }))
    expect(atlantis.status).toBe(400)
    expect(atlantis.data.message).toMatch(/34 tỉnh.*not one of Vietnam's 34 provinces/)
    const noCommune = await setAddress(cartId, address({ city: "" }))
    expect(noCommune.status).toBe(400)
    expect(noCommune.data.message).toMatch(/commune or ward is required/)
    for (const phone of ["12345", "+1 415 555 0100", "0101234567"]) {
      const res = await setAddress(cartId, address({ phone }))
      expect(res.status, phone).toBe(400)
      expect(res.data.message).toMatch(/not a Vietnamese phone number/)
    }
  })

  it("accepts names without diacritics or the unit's type, the official codes and +84 numbers", async () => {
    const cartId = await cartWithLine()
    for (const over of <Record<string, string>[]>[
      { province: "vinh long", city: "long chau" },
      { province: "86", city: "29551" },
      { province: "Tỉnh Vĩnh Long", city: "Phường Long Châu", phone: "+84 901 234 567" },
      { province: "Khánh Hòa", city: "Phường Nha Trang" }, // the data writes "Khánh Hoà"
    ]) {
      const res = await setAddress(cartId, address(over))
      expect(res.status, JSON.stringify(over)).toBe(200)
    }
  })

  it("does not complete a delivered order whose address has no commune, and completes it once it has one", async () => {
    const cartId = await cartWithLine()
    await setAddress(cartId, { first_name: "Lan", address_1: "12 Trần Hưng Đạo", country_code: "vn" })
    await checkout.ready(cartId, "Giao hàng tiêu chuẩn", "pp_cod_cod")
    const refused = await checkout.complete(cartId)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/^Địa chỉ giao hàng: Hãy chọn tỉnh\/thành phố \(province is required\)/)
    expect((await setAddress(cartId, address())).status).toBe(200)
    const done = await checkout.complete(cartId)
    expect(done.data.type).toBe("order")
    expect(done.data.order.shipping_address).toMatchObject({ city: "Phường Long Châu", province: "Vĩnh Long" })
  })

  it("keeps a signed-in shopper's addresses, each checked like a cart's", async () => {
    const as = await customer(ctx, "dia-chi@example.vn")
    const wrong = await settle(
      ctx.api.post("/store/customers/me/addresses", address({ province: "ha-noi", city: "Xã Long Hồ" }), as)
    )
    expect(wrong.status).toBe(400)
    expect(wrong.data.message).toMatch(/không phải xã\/phường của Thành phố Hà Nội/)
    const saved = await ctx.api.post("/store/customers/me/addresses", address(), as)
    const [kept] = saved.data.customer.addresses
    expect(kept).toMatchObject({ city: "Phường Long Châu", province: "Vĩnh Long", phone: "0901234567" })
    const badEdit = await settle(
      ctx.api.post(`/store/customers/me/addresses/${kept.id}`, { city: "Phường Ba Đình", province: "86" }, as)
    )
    expect(badEdit.status).toBe(400)
    const { data } = await ctx.api.get("/store/customers/me?fields=*addresses", as)
    expect(data.customer.addresses).toHaveLength(1)
    expect(data.customer.addresses[0].city).toBe("Phường Long Châu")
  })
}
