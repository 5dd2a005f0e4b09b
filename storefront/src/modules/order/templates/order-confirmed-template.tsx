import Link from "@/modules/common/components/link"
import type { HttpTypes } from "@medusajs/types"
import type { PickupProgress } from "@/lib/types"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { OrderSummary } from "@/modules/order/components/order-summary"
import { BankTransferSection } from "@/modules/bank-transfer/components/bank-transfer-section"

/** After checkout: the order placed, its summary, and where to follow it. */
export function OrderConfirmedTemplate({
  order,
  pickup,
  lang,
}: {
  order: HttpTypes.StoreOrder
  pickup: PickupProgress | null
  lang: Lang
}) {
  const t = dictionary(lang).order
  return (
    <section className="narrow">
      <h1 data-testid="order-confirmed">{t.confirmed}</h1>
      <p>{fill(t.thanks, { id: order.display_id ?? "" })}</p>
      <BankTransferSection orderId={order.id} lang={lang} />
      <OrderSummary order={order} pickup={pickup} lang={lang} />
      <p>
        <Link href={`/${lang}/account`}>{t.viewInAccount}</Link> ·{" "}
        <Link href={`/${lang}/orders/lookup`}>{t.lookup}</Link>
      </p>
    </section>
  )
}
