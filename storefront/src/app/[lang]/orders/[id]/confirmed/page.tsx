import Link from "next/link"
import { notFound } from "next/navigation"
import { getOrder, getOrderPickup } from "@/lib/data/orders"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { OrderSummary } from "@/modules/order/components/order-summary"

export const metadata = { title: "Đặt hàng thành công · Order placed" }

export default async function OrderConfirmed({ params }: { params: Promise<{ lang: Lang; id: string }> }) {
  const { lang, id } = await params
  const [order, pickup] = await Promise.all([getOrder(id), getOrderPickup(id)])
  if (!order) notFound()
  const t = dictionary(lang).order
  return (
    <section className="narrow">
      <h1 data-testid="order-confirmed">{t.confirmed}</h1>
      <p>{fill(t.thanks, { id: order.display_id ?? "" })}</p>
      <OrderSummary order={order} pickup={pickup} lang={lang} />
      <p>
        <Link href={`/${lang}/account`}>{t.viewInAccount}</Link> · <Link href={`/${lang}/orders/lookup`}>{t.lookup}</Link>
      </p>
    </section>
  )
}
