import type { MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { ownProductIds } from "../helpers"

/** Why the producer's products entered or left sale: verifications, rejections, revocations, expiries. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const ids = await ownProductIds(req)
  const events = ids.length
    ? await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).listOcopSaleEvents(
        { product_id: ids },
        { order: { occurred_at: "DESC" }, take: 200 }
      )
    : []
  res.json({ sale_events: events, count: events.length })
}
