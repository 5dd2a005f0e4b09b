import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { MailPreferenceUpdate } from "../../utils/mail-preferences"
import { loadProducerContext } from "../../utils/middlewares/producer-context"

const member = [authenticate("producer", ["bearer"]), loadProducerContext]

/** A producer member's choice of optional emails (a pending producer's member may choose too). */
export const producerMailPreferenceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/mail-preferences", middlewares: member },
  {
    method: ["POST"],
    matcher: "/producer/mail-preferences",
    middlewares: [...member, validateAndTransformBody(MailPreferenceUpdate)],
  },
]
