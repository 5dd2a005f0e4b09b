import type { MedusaResponse } from "@medusajs/framework/http"
import { listPickupOrders } from "../../../workflows/consignment/utils/pickup-orders"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** Online orders to be picked up at this showroom: the open ones first, then the latest handed over or canceled. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const orders = (await listPickupOrders(req.scope, req.staff.showroom_id)).map(
    ({ reservation_ids, metadata, ...o }) => o
  )
  res.json({ orders })
}
