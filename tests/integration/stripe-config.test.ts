// Set before the backend loads medusa-config.ts (each test file runs in its own process).
process.env.STRIPE_API_KEY = "sk_test_offline_dummy"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_offline_dummy"

import { withBackend } from "../support/backend-app"

// With STRIPE_API_KEY set, Medusa's Stripe provider is registered and offered in
// the Vietnam region next to cash on delivery. (No Stripe API is reachable here,
// so no card payment is attempted.)
withBackend((ctx) => {
  it("offers Stripe and cash on delivery in the Vietnam region", async () => {
    const { data: regions } = await ctx.api.get("/store/regions", ctx.storeHeaders)
    const { data } = await ctx.api.get(`/store/payment-providers?region_id=${regions.regions[0].id}`, ctx.storeHeaders)
    const ids = data.payment_providers.map((p: any) => p.id).sort()
    expect(ids).toEqual(["pp_cod_cod", "pp_showroom_cod", "pp_stripe_stripe", "pp_system_default"])
  })
})
