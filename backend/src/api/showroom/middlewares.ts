import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { loadStaffContext } from "../utils/middlewares/staff-context"
import { queueCounterSale } from "../utils/middlewares/stock-queue"
import {
  StaffActivate,
  StaffCollectPickup,
  StaffCount,
  StaffCounterSale,
  StaffCreateSettlement,
  StaffIntake,
  StaffReturn,
  StaffSettlementStatus,
} from "./validators"

const staff = [authenticate("staff", ["bearer"]), loadStaffContext]

/** Showroom staff: every route is scoped to the staff member's one showroom. */
export const showroomRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/showroom/activate",
    middlewares: [
      authenticate("staff", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(StaffActivate),
    ],
  },
  { method: ["GET"], matcher: "/showroom/me", middlewares: staff },
  { method: ["GET"], matcher: "/showroom/stock", middlewares: staff },
  { method: ["GET"], matcher: "/showroom/movements", middlewares: staff },
  { method: ["POST"], matcher: "/showroom/intakes", middlewares: [...staff, validateAndTransformBody(StaffIntake)] },
  { method: ["POST"], matcher: "/showroom/returns", middlewares: [...staff, validateAndTransformBody(StaffReturn)] },
  { method: ["POST"], matcher: "/showroom/adjustments", middlewares: [...staff, validateAndTransformBody(StaffCount)] },
  { method: ["GET"], matcher: "/showroom/sales", middlewares: staff },
  { method: ["GET"], matcher: "/showroom/alerts", middlewares: staff },
  { method: ["GET"], matcher: "/showroom/variants", middlewares: staff },
  { method: ["GET"], matcher: "/showroom/receipts/:receipt", middlewares: staff },
  {
    method: ["POST"],
    matcher: "/showroom/sales",
    middlewares: [...staff, validateAndTransformBody(StaffCounterSale), queueCounterSale],
  },
  { method: ["GET"], matcher: "/showroom/settlements", middlewares: staff },
  {
    method: ["POST"],
    matcher: "/showroom/settlements",
    middlewares: [...staff, validateAndTransformBody(StaffCreateSettlement)],
  },
  { method: ["GET"], matcher: "/showroom/settlements/:id", middlewares: staff },
  {
    method: ["POST"],
    matcher: "/showroom/settlements/:id",
    middlewares: [...staff, validateAndTransformBody(StaffSettlementStatus)],
  },
  { method: ["GET"], matcher: "/showroom/pickups", middlewares: staff },
  { method: ["POST"], matcher: "/showroom/pickups/:id/ready", middlewares: staff },
  {
    method: ["POST"],
    matcher: "/showroom/pickups/:id/collected",
    middlewares: [...staff, validateAndTransformBody(StaffCollectPickup)],
  },
]
