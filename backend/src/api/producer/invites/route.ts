import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteProducerMemberWorkflow } from "../../../workflows/producer/invites"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** Owners invite colleagues to manage the producer with them. */
export async function POST(req: ProducerRequest<{ email: string }>, res: MedusaResponse) {
  if (req.producer.role !== "owner") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Chỉ chủ tài khoản mới mời được thành viên (only owners can invite members)"
    )
  }
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, email: req.validatedBody.email, invited_by: req.producer.member_id },
  })
  res
    .status(201)
    .json({ invite: { id: result.id, email: result.email, token: result.token, expires_at: result.expires_at } })
}
