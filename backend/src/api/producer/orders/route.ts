import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { producerOrders } from "./helpers"

/** The producer's part of each order: its own lines, their fulfilment and the payment state. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const orders = await producerOrders(req)
  res.json({ orders, count: orders.length })
}
