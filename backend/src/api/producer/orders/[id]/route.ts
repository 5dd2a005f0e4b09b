import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../utils/middlewares/producer-context"
import { producerOrder } from "../helpers"

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ order: await producerOrder(req, req.params.id) })
}
