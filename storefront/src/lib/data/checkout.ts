import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"

/** The cart's shipping options: delivery and showroom pickups, each with Medusa's stock check where it ships from. */
export async function listCartShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  return (await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })).shipping_options
}

/** The payment providers of the cart's region. */
export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  return (await sdk.store.payment.listPaymentProviders({ region_id: regionId })).payment_providers
}

/** Stripe's publishable key when the storefront has one (card payment is offered only then). */
export function stripePublishableKey(): string | undefined {
  return process.env.STRIPE_PUBLISHABLE_KEY
}
