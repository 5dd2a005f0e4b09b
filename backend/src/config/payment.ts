import { vietQrSettings } from "../modules/vietqr/lib/settings"

/**
 * The payment module and its providers: pay on delivery / at the showroom
 * always; Stripe when STRIPE_API_KEY is set; bank transfer by VietQR when
 * VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME are set.
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
  const vietQr = vietQrSettings()
  const bankTransfer = vietQr ? [{ resolve: "./src/modules/vietqr", id: "vietqr", options: vietQr }] : []
  return {
    resolve: "@medusajs/medusa/payment",
    options: { providers: [{ resolve: "./src/modules/cod-payment", id: "cod" }, ...stripe, ...bankTransfer] },
  }
}
