import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { loadStaffContext } from "../../utils/middlewares/staff-context"

/** Showroom staff look a scanned stamp up while taking goods in. */
export const showroomTraceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/showroom/trace/:code",
    middlewares: [authenticate("staff", ["bearer"]), loadStaffContext],
  },
]
