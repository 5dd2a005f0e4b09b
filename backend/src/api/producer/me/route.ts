import type { MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** The logged-in member and its producer, including approval status and commission. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const producer = await ocop.retrieveOcopProducer(req.producer.id)
  const member = await ocop.retrieveProducerMember(req.producer.member_id)
  res.json({ producer, member: { id: member.id, email: member.email, name: member.name, role: member.role } })
}
