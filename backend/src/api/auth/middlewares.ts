import type { MiddlewareRoute } from "@medusajs/framework/http"
import { limitLogins, limitSignups } from "../utils/middlewares/auth-rate-limit"

/** Limits on Medusa's own email-and-password login and sign-up, for every actor type. */
export const authRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [limitLogins] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [limitSignups] },
]
