import { dictionary, type Lang } from "@/lib/i18n"
import { OrderLookupForm } from "@/modules/order/components/order-lookup-form"

/** Order lookup without an account: order number and email. */
export function OrderLookupTemplate({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  return (
    <section className="narrow">
      <h1>{t.order.lookup}</h1>
      <p>{t.order.lookupIntro}</p>
      <OrderLookupForm lang={lang} t={t} />
    </section>
  )
}
