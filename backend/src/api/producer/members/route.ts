import type { MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** The people who manage this producer. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const members = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).listProducerMembers(
    { producer_id: req.producer.id },
    { select: ["id", "email", "name", "role", "created_at"] }
  )
  res.json({ members })
}
