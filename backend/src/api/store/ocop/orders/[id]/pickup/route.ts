import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickupProgress } from "../../../../../../workflows/consignment/utils/pickup-orders"

/**
 * Where and whether an online order can be collected. Like Medusa's own
 * GET /store/orders/:id, the unguessable order id is the key (the receipt
 * link); Medusa's route does not return order metadata, where the showroom
 * marks an order ready, hence this one. A delivered order answers null.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ pickup: await pickupProgress(req.scope, req.params.id) })
}
