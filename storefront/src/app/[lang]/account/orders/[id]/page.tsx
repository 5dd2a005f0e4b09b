import { notFound, redirect } from "next/navigation"
import { getCustomer } from "@/lib/data/customer"
import { getOrder, getOrderParts, getOrderPickup } from "@/lib/data/orders"
import { dictionary, type Lang } from "@/lib/i18n"
import { OrderSummary } from "@/modules/order/components/order-summary"

/** One of the customer's orders, with each producer's part and its progress. */
export default async function AccountOrder({ params }: { params: Promise<{ lang: Lang; id: string }> }) {
  const { lang, id } = await params
  const customer = await getCustomer()
  if (!customer) redirect(`/${lang}/account`)
  const [order, parts, pickup] = await Promise.all([getOrder(id), getOrderParts(id), getOrderPickup(id)])
  if (!order || order.customer_id !== customer.id) notFound()
  const t = dictionary(lang).order
  return (
    <section className="narrow">
      <h1>{t.number} #{order.display_id}</h1>
      <OrderSummary order={order} pickup={pickup} lang={lang} />
      {parts?.length && !pickup ? (
        <>
          <h2>{t.parts}</h2>
          <ul className="parts" role="list" data-testid="order-parts">
            {parts.map((p) => (
              <li key={p.producer.handle ?? p.producer.name}>
                <strong>{p.producer.name}</strong>: {t.partStatus[p.status as keyof typeof t.partStatus] ?? p.status}
                {p.tracking_numbers?.length ? <span className="muted"> · {t.tracking}: {p.tracking_numbers.join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
