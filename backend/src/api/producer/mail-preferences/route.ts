import type { MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { mailPreferencesOf, type MailPreferenceUpdate, setMailPreference } from "../../utils/mail-preferences"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

// the logged-in member's own address: a member never changes another's choices
async function memberEmail(req: ProducerRequest) {
  const member = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).retrieveProducerMember(
    req.producer.member_id
  )
  return member.email
}

/** The optional emails this member receives. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  res.json({ preferences: await mailPreferencesOf(req.scope, await memberEmail(req)) })
}

/** Turns one optional email on or off for this member. */
export async function POST(req: ProducerRequest<MailPreferenceUpdate>, res: MedusaResponse) {
  res.json({ preferences: await setMailPreference(req.scope, await memberEmail(req), req.validatedBody) })
}
