import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAIL_MODULE } from "../../../../../../modules/mail"
import type MailModuleService from "../../../../../../modules/mail/service"

/** The operator sends a given-up email again (the retry job takes it within a minute). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const queued = await (req.scope.resolve(MAIL_MODULE) as MailModuleService).retryGivenUp(req.params.id, new Date())
  if (!queued)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có thư bị bỏ ${req.params.id} (no given-up email with this id)`
    )
  res.json({ id: req.params.id, queued: true })
}
