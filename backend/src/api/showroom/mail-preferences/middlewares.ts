import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { MailPreferenceUpdate } from "../../utils/mail-preferences"
import { loadStaffContext } from "../../utils/middlewares/staff-context"

const staff = [authenticate("staff", ["bearer"]), loadStaffContext]

/** A staff member's choice of optional emails. */
export const showroomMailPreferenceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/showroom/mail-preferences", middlewares: staff },
  {
    method: ["POST"],
    matcher: "/showroom/mail-preferences",
    middlewares: [...staff, validateAndTransformBody(MailPreferenceUpdate)],
  },
]
