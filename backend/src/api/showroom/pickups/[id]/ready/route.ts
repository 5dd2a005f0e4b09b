import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateOrderWorkflow } from "@medusajs/medusa/core-flows"
import { pickupOrder } from "../../../../../workflows/consignment/utils/pickup-orders"
import type { StaffRequest } from "../../../../utils/middlewares/staff-context"

/** The order is packed and waiting at the counter: the shopper sees "ready for pickup". */
export async function POST(req: StaffRequest, res: MedusaResponse) {
  const order = await pickupOrder(req.scope, req.staff.showroom_id, req.params.id)
  if (order.state !== "waiting") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Đơn này không còn chờ chuẩn bị (the order is ${order.state})`)
  }
  await updateOrderWorkflow(req.scope).run({
    input: {
      id: order.id,
      user_id: req.staff.id,
      metadata: {
        ...(order.metadata ?? {}),
        ocop_pickup_ready_at: new Date().toISOString(),
        ocop_pickup_ready_by: req.staff.email,
      },
    },
  })
  const { reservation_ids, metadata, ...updated } = await pickupOrder(req.scope, req.staff.showroom_id, order.id)
  res.json({ order: updated })
}
