import type { Suite } from "../support/backend-app"

// On a backend booted with STRIPE_API_KEY set (secrets-backend.test.ts), Medusa's
// Stripe provider is registered and offered in the Vietnam region next to cash on
// delivery. (No Stripe API is reachable here, so no card payment is attempted.)
export const stripeConfig: Suite = (ctx) => {
  it("offers Stripe and cash on delivery in the Vietnam region", async () => {
    const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
    const { data } = await ctx.api.get(`/store/payment-providers?region_id=${regions.regions[0].id}`, ctx.storeHeaders)
    const ids = data.payment_providers.map((p: any) => p.id).sort()
    expect(ids).toEqual(["pp_cod_cod", "pp_showroom_cod", "pp_stripe_stripe", "pp_system_default"])
  })
}
