import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAIL_MODULE } from "../../../../modules/mail"
import type MailModuleService from "../../../../modules/mail/service"

/**
 * Emails that could not be sent: given up after the last try (`?status=gave_up`,
 * the default) or still being retried (`?status=failed`), with the last error.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const status = (req.query as any)?.status === "failed" ? "failed" : "gave_up"
  const deliveries = await (req.scope.resolve(MAIL_MODULE) as MailModuleService).listMailDeliveries(
    { status },
    {
      select: [
        "id",
        "key",
        "to",
        "template",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "updated_at",
      ],
      order: { updated_at: "DESC" },
      take: 200,
    }
  )
  res.json({ deliveries, count: deliveries.length })
}
