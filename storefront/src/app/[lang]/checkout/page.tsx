import { redirect } from "next/navigation"
import { getCart } from "@/lib/data/cart"
import { reviewCart } from "@/lib/data/cart-review"
import { listProvinces } from "@/lib/data/catalogue"
import { listCartShippingOptions, listPaymentProviders, stripePublishableKey } from "@/lib/data/checkout"
import { getCustomer } from "@/lib/data/customer"
import type { Lang } from "@/lib/i18n"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const metadata = { title: "Thanh toán · Checkout" }

export default async function CheckoutPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const cart = await getCart()
  if (!cart?.items?.length) redirect(`/${lang}/cart`)
  const [review, provinces, customer, shippingOptions, paymentProviders] = await Promise.all([
    reviewCart(cart),
    listProvinces(),
    getCustomer(),
    listCartShippingOptions(cart.id),
    listPaymentProviders(cart.region_id!),
  ])
  return (
    <CheckoutTemplate
      lang={lang}
      cart={cart}
      review={review}
      provinces={provinces}
      customer={customer}
      shippingOptions={shippingOptions}
      paymentProviders={paymentProviders}
      stripeKey={stripePublishableKey()}
    />
  )
}
