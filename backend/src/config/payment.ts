/**
 * The payment module and its providers: pay on delivery / at the showroom
 * always; Stripe when STRIPE_API_KEY is set.
 */
export function paymentModule() {
  const stripeKey = process.env.STRIPE_API_KEY
  const stripe = stripeKey
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: { apiKey: stripeKey, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET, capture: true },
        },
      ]
    : []
  return {
    resolve: "@medusajs/medusa/payment",
    options: { providers: [{ resolve: "./src/modules/cod-payment", id: "cod" }, ...stripe] },
  }
}
