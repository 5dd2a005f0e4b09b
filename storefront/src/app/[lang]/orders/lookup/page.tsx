import type { Lang } from "@/lib/i18n"
import { OrderLookupTemplate } from "@/modules/order/templates/order-lookup-template"

export const metadata = { title: "Tra cứu đơn hàng · Find an order" }

/** Order lookup without an account: order number and email. */
export default async function OrderLookupPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  return <OrderLookupTemplate lang={lang} />
}
