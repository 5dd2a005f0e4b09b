import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerAccountWorkflow } from "../../../workflows/producer/create-producer-account"
import { unboundProducerLogin } from "../helpers"

/**
 * Producer sign-up, after POST /auth/producer/emailpass/register gave a token:
 * creates the producer (pending approval) with this person as its owner.
 */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { authIdentityId, email } = await unboundProducerLogin(req)
  const { member_name, ...producer } = req.validatedBody
  const { result } = await createProducerAccountWorkflow(req.scope).run({
    input: { authIdentityId, email, member_name, producer },
  })
  res.status(201).json({ producer: result.producer, member: result.member })
}
