import type { Ctx } from "./backend-app"

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
/** The response, whatever its status (axios throws on 4xx/5xx); a network error still throws. */
export const settle = (p: Promise<any>) => p.catch((e) => e.response ?? Promise.reject(e))

/**
 * A shopper's checkout over the store API, as the storefront does it: a cart
 * with contact and address, then a shipping option (delivery, or a showroom's
 * pickup by its name) and a payment provider, then completion.
 */
export function storeCheckout(ctx: Ctx) {
  const store = () => ctx.storeHeaders

  async function cartOf(variantId: string, quantity: number, email = "khach@example.vn") {
    const { data: regions } = await ctx.api.get("/store/regions", store())
    const { data } = await ctx.api.post("/store/carts", { region_id: regions.regions[0].id, email }, store())
    await ctx.api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, store())
    await ctx.api.post(
      `/store/carts/${data.cart.id}`,
      {
        shipping_address: {
          first_name: "Lan",
          last_name: "Nguyễn",
          address_1: "12 Trần Hưng Đạo",
          city: "Phường Long Châu",
          province: "vinh-long",
          country_code: "vn",
          phone: "0901234567",
        },
      },
      store()
    )
    return data.cart.id as string
  }

  const optionsOf = async (cartId: string) =>
    (await ctx.api.get(`/store/shipping-options?cart_id=${cartId}`, store())).data.shipping_options as any[]

  async function choose(cartId: string, option: string) {
    const chosen = (await optionsOf(cartId)).find((o) => o.name.includes(option))
    await ctx.api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: chosen.id }, store())
  }

  async function pay(cartId: string, provider: string) {
    const { data: pc } = await ctx.api.post("/store/payment-collections", { cart_id: cartId }, store())
    await ctx.api.post(
      `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
      { provider_id: provider },
      store()
    )
  }

  /** Chooses the option (a showroom's name, or "Giao hàng tiêu chuẩn") and the payment, ready to complete. */
  async function ready(cartId: string, option: string, provider: string) {
    await choose(cartId, option)
    await pay(cartId, provider)
    return cartId
  }

  const complete = (cartId: string) => settle(ctx.api.post(`/store/carts/${cartId}/complete`, {}, store()))

  return { cartOf, optionsOf, choose, pay, ready, complete }
}
