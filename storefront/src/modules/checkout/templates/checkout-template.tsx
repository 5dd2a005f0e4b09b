import type { HttpTypes } from "@medusajs/types"
import type { CartReview } from "@/lib/data/cart-review"
import type { ProvinceEntry } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { CartLines } from "@/modules/cart/components/cart-lines"
import { CheckoutForm } from "@/modules/checkout/components/checkout-form"
import { bankTransferStrings } from "@/modules/bank-transfer/strings"

const PAYMENT_RANK = (id: string) => (id === "pp_stripe_stripe" ? 2 : id === "pp_vietqr_vietqr" ? 1 : 0)

type Props = {
  lang: Lang
  cart: HttpTypes.StoreCart
  review: CartReview
  provinces: ProvinceEntry[]
  customer: HttpTypes.StoreCustomer | null
  shippingOptions: HttpTypes.StoreCartShippingOption[]
  paymentProviders: HttpTypes.StorePaymentProvider[]
  stripeKey?: string
}

/** Checkout: the form (contact, delivery or pickup, payment) beside the cart's summary. */
export function CheckoutTemplate({
  lang,
  cart,
  review,
  provinces,
  customer,
  shippingOptions,
  paymentProviders,
  stripeKey,
}: Props) {
  const t = dictionary(lang)
  // paid on receipt (cash on delivery, or at the showroom for a pickup); a card
  // through Stripe when the backend has Stripe and the storefront its publishable key
  const labels: Record<string, string> = {
    pp_cod_cod: t.checkout.cod,
    pp_showroom_cod: t.checkout.payAtShowroom,
    pp_stripe_stripe: t.checkout.card,
    // offered when the backend has the VietQR account configured
    pp_vietqr_vietqr: bankTransferStrings(lang).method,
  }
  const payments = paymentProviders
    .filter((p) => (p.id in labels && p.id !== "pp_stripe_stripe") || (p.id === "pp_stripe_stripe" && stripeKey))
    .map((p) => ({ id: p.id, label: labels[p.id] }))
    // paid on receipt first (preselected), then bank transfer, then card
    .sort((a, b) => PAYMENT_RANK(a.id) - PAYMENT_RANK(b.id))
  return (
    <section className="checkout-layout">
      <h1>{t.checkout.title}</h1>
      <CheckoutForm
        lang={lang}
        t={t.checkout}
        provinces={provinces}
        shippingOptions={shippingOptions
          .map((o: any) => ({
            id: o.id,
            name: o.name,
            amount: Number(o.calculated_price?.calculated_amount ?? o.amount ?? 0),
            // a showroom's pickup, with its address and hours
            pickup: o.service_zone?.fulfillment_set?.type === "pickup",
            description: o.type?.description ?? "",
            // Medusa checks the cart against the stock where the option ships from
            short: !!o.insufficient_inventory,
          }))
          .sort(
            (a, b) => Number(a.short) - Number(b.short) || a.amount - b.amount || a.name.localeCompare(b.name, "vi")
          ) // the cheapest available is preselected
          .map((o) => ({ ...o, price_text: formatVnd(o.amount, lang) }))}
        payments={payments}
        defaults={{
          email: customer?.email,
          name: customer?.first_name ?? undefined,
          phone: customer?.phone ?? customer?.addresses?.[0]?.phone ?? undefined,
        }}
        savedAddresses={(customer?.addresses ?? [])
          .filter((a) => a.province && a.city && a.address_1)
          .map((a) => ({
            id: a.id,
            province: a.province!,
            commune: a.city!,
            street: a.address_1!,
            label: [a.address_1, a.city, a.province].join(", "),
          }))}
        signedIn={!!customer}
        disabled={review.problems.size > 0}
        stripeKey={stripeKey}
      />
      <aside aria-labelledby="summary-heading" className="summary">
        <h2 id="summary-heading">{t.checkout.summary}</h2>
        <CartLines cart={cart} review={review} lang={lang} />
        <p className="total-row">
          {t.cart.subtotal}: <strong>{formatVnd(Number(cart.item_total), lang)}</strong>
        </p>
      </aside>
    </section>
  )
}
