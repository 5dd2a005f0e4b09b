import type { MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { updateProducerWorkflow } from "../../../workflows/producer/update-producer"

/** The logged-in member and its producer, including approval status and commission. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json(await me(req))
}

/** The producer's own profile edits: its English name and description (empty: the Vietnamese is shown). */
export async function POST(
  req: ProducerRequest<{ name_en?: string | null; description_en?: string | null }>,
  res: MedusaResponse
) {
  const update = Object.fromEntries(
    Object.entries(req.validatedBody)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v?.trim() ? v : null])
  )
  // always the caller's own producer: no id is read from the request
  if (Object.keys(update).length)
    await updateProducerWorkflow(req.scope).run({ input: { id: req.producer.id, ...update } })
  res.json(await me(req))
}

async function me(req: ProducerRequest) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const producer = await ocop.retrieveOcopProducer(req.producer.id)
  const member = await ocop.retrieveProducerMember(req.producer.member_id)
  return { producer, member: { id: member.id, email: member.email, name: member.name, role: member.role } }
}
