import { dictionary, type Lang } from "@/lib/i18n"
import { OrderLookupForm } from "@/modules/order/components/order-lookup-form"

export const metadata = { title: "Tra cứu đơn hàng · Find an order" }

/** Order lookup without an account: order number and email. */
export default async function OrderLookupPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const t = dictionary(lang)
  return (
    <section className="narrow">
      <h1>{t.order.lookup}</h1>
      <p>{t.order.lookupIntro}</p>
      <OrderLookupForm lang={lang} t={t} />
    </section>
  )
}
