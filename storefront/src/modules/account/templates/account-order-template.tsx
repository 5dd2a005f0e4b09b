import type { HttpTypes } from "@medusajs/types"
import type { OrderPart, PickupProgress } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { OrderParts } from "@/modules/order/components/order-parts"
import { OrderSummary } from "@/modules/order/components/order-summary"
import { BankTransferSection } from "@/modules/bank-transfer/components/bank-transfer-section"

/** One of the customer's orders, with each producer's part and its progress. */
export function AccountOrderTemplate({
  order,
  parts,
  pickup,
  lang,
}: {
  order: HttpTypes.StoreOrder
  parts: OrderPart[] | null
  pickup: PickupProgress | null
  lang: Lang
}) {
  const t = dictionary(lang).order
  return (
    <section className="narrow">
      <h1>
        {t.number} #{order.display_id}
      </h1>
      <BankTransferSection orderId={order.id} lang={lang} />
      <OrderSummary order={order} pickup={pickup} lang={lang} />
      {parts?.length && !pickup ? <OrderParts parts={parts} lang={lang} /> : null}
    </section>
  )
}
