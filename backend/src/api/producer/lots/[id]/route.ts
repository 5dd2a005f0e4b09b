import type { MedusaResponse } from "@medusajs/framework/http"
import { lotPath } from "../../../../workflows/traceability/utils/trace-view"
import type { ProducerRequest } from "../../../utils/middlewares/producer-context"
import { ownLot } from "../helpers"

/** One of the producer's lots with its path (intakes at showrooms, units sold there). */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const lot = await ownLot(req, req.params.id)
  res.json({ lot, path: await lotPath(req.scope, lot) })
}
