import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { marketplaceSetup } from "../../../marketplace-setup"
import { showroomOfOrder } from "../../../../../workflows/consignment/utils/pickup"
import { shipProducerLinesWorkflow } from "../../../../../workflows/producer/ship-producer-lines"
import type { ProducerRequest } from "../../../../utils/middlewares/producer-context"
import { producerOrder } from "../../helpers"

/** Marks the producer's unshipped lines of an order as shipped, with a tracking number. */
export async function POST(
  req: ProducerRequest<{ tracking_number: string; tracking_url?: string | null }>,
  res: MedusaResponse
) {
  const order = await producerOrder(req, req.params.id)
  if (order.status === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn hàng đã bị hủy (the order was canceled)")
  }
  if (await showroomOfOrder(req.scope, order.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Đơn này khách nhận tại điểm bán: điểm bán giao hàng từ hàng ký gửi (this order is picked up at a showroom, from its consigned stock)"
    )
  }
  const items = order.items
    .map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity }))
    .filter((i) => i.quantity > 0)
  if (!items.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Các dòng hàng của bạn đã được giao hết (your lines are already shipped)"
    )
  }
  const { stockLocationId } = await marketplaceSetup(req.scope)
  await shipProducerLinesWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      items,
      location_id: stockLocationId,
      tracking_number: req.validatedBody.tracking_number,
      tracking_url: req.validatedBody.tracking_url ?? null,
      created_by: req.producer.member_id,
    },
  })
  res.status(201).json({ order: await producerOrder(req, order.id) })
}
