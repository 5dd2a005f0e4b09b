import { notFound } from "next/navigation"
import { getOrder, getOrderPickup } from "@/lib/data/orders"
import type { Lang } from "@/lib/i18n"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

export const metadata = { title: "Đặt hàng thành công · Order placed" }

export default async function OrderConfirmed({ params }: { params: Promise<{ lang: Lang; id: string }> }) {
  const { lang, id } = await params
  const [order, pickup] = await Promise.all([getOrder(id), getOrderPickup(id)])
  if (!order) notFound()
  return <OrderConfirmedTemplate order={order} pickup={pickup} lang={lang} />
}
