import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getCart } from "@/lib/data/cart"
import { cartProblems } from "@/lib/data/cart-problems"
import { listProvinces } from "@/lib/data/catalogue"
import { getCustomer } from "@/lib/data/customer"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { CartLines } from "@/components/cart-lines"
import { CheckoutForm } from "@/components/checkout-form"

export const metadata = { title: "Thanh toán · Checkout" }

export default async function CheckoutPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const t = dictionary(lang)
  const cart = await getCart()
  if (!cart?.items?.length) redirect(`/${lang}/cart`)
  const [problems, provinces, customer, { shipping_options }, { payment_providers }] = await Promise.all([
    cartProblems(cart),
    listProvinces(),
    getCustomer(),
    sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }),
    sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! }),
  ])
  // cash on delivery always; a card through Stripe when the backend has Stripe and the storefront its publishable key
  const stripeKey = process.env.STRIPE_PUBLISHABLE_KEY
  const payments = payment_providers
    .filter((p) => p.id === "pp_cod_cod" || (p.id === "pp_stripe_stripe" && stripeKey))
    .map((p) => ({ id: p.id, label: p.id === "pp_cod_cod" ? t.checkout.cod : t.checkout.card }))
    .sort((a) => (a.id === "pp_cod_cod" ? -1 : 1))
  return (
    <section className="checkout-layout">
      <h1>{t.checkout.title}</h1>
      <CheckoutForm
        lang={lang}
        t={t.checkout}
        provinces={provinces}
        shippingOptions={shipping_options
          .map((o: any) => ({ id: o.id, name: o.name, amount: Number(o.calculated_price?.calculated_amount ?? o.amount ?? 0) }))
          .sort((a, b) => a.amount - b.amount) // the cheapest is preselected
          .map((o) => ({ id: o.id, name: o.name, price_text: formatVnd(o.amount, lang) }))}
        payments={payments}
        defaults={{ email: customer?.email, name: customer?.first_name ?? undefined, phone: customer?.phone ?? undefined }}
        disabled={problems.size > 0}
        stripeKey={stripeKey}
      />
      <aside aria-labelledby="summary-heading" className="summary">
        <h2 id="summary-heading">{t.checkout.summary}</h2>
        <CartLines cart={cart} problems={problems} lang={lang} />
        <p className="total-row">
          {t.cart.subtotal}: <strong>{formatVnd(Number(cart.item_total), lang)}</strong>
        </p>
      </aside>
    </section>
  )
}
