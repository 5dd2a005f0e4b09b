import type { MedusaResponse } from "@medusajs/framework/http"
import { pickupOrder } from "../../../../../workflows/consignment/utils/pickup-orders"
import { collectPickupWorkflow, CollectPickupInput } from "../../../../../workflows/consignment/collect-pickup"
import type { StaffRequest } from "../../../../utils/middlewares/staff-context"

/** The shopper has the goods (and has paid, when paying here): stock leaves the showroom's ledger and the order is delivered. */
export async function POST(req: StaffRequest<Pick<CollectPickupInput, "payment_method">>, res: MedusaResponse) {
  await collectPickupWorkflow(req.scope).run({
    input: {
      showroom_id: req.staff.showroom_id,
      order_id: req.params.id,
      staff: { id: req.staff.id, email: req.staff.email },
      payment_method: req.validatedBody.payment_method,
    },
  })
  const { reservation_ids, metadata, ...order } = await pickupOrder(req.scope, req.staff.showroom_id, req.params.id)
  res.json({ order })
}
