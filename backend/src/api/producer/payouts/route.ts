import type { MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PayoutLine, payoutCsv, payoutPeriods, vietnamMonth } from "../../../modules/consignment/lib/payouts"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { producerOrders } from "../orders/helpers"

/**
 * What the producer earned from online sales, per month, less the marketplace
 * commission. Canceled orders do not count. `?format=csv` downloads it.
 */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { from, to, format } = req.validatedQuery as { from?: string; to?: string; format?: string }
  const producer = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).retrieveOcopProducer(req.producer.id)
  const orders = (await producerOrders(req)).filter((o) => o.status !== "canceled")
  const lines: PayoutLine[] = orders
    .flatMap((o) =>
      o.items.map((i) => ({
        order_id: o.id,
        order_display_id: o.display_id,
        ordered_at: o.created_at,
        payment_status: o.payment_status,
        sku: i.variant_sku,
        title: i.title,
        quantity: i.quantity,
        unit_price: i.unit_price,
      }))
    )
    .filter((l) => (!from || vietnamMonth(l.ordered_at) >= from) && (!to || vietnamMonth(l.ordered_at) <= to))
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="doanh-thu-${producer.handle}.csv"`)
    return res.send("\ufeff" + payoutCsv(lines, producer.commission_bps))
  }
  res.json({ commission_bps: producer.commission_bps, periods: payoutPeriods(lines, producer.commission_bps) })
}
