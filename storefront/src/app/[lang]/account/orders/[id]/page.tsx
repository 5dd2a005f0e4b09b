import { notFound, redirect } from "next/navigation"
import { getCustomer } from "@/lib/data/customer"
import { getOrder, getOrderParts, getOrderPickup } from "@/lib/data/orders"
import type { Lang } from "@/lib/i18n"
import { AccountOrderTemplate } from "@/modules/account/templates/account-order-template"

/** One of the customer's orders, with each producer's part and its progress. */
export default async function AccountOrder({ params }: { params: Promise<{ lang: Lang; id: string }> }) {
  const { lang, id } = await params
  const customer = await getCustomer()
  if (!customer) redirect(`/${lang}/account`)
  const [order, parts, pickup] = await Promise.all([getOrder(id), getOrderParts(id), getOrderPickup(id)])
  if (!order || order.customer_id !== customer.id) notFound()
  return <AccountOrderTemplate order={order} parts={parts} pickup={pickup} lang={lang} />
}
