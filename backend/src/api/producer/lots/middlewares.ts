import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { loadProducerContext, requireApprovedProducer } from "../../utils/middlewares/producer-context"
import { ProducerRegisterLot } from "../../store/ocop/trace/validators"

const approvedProducer = [authenticate("producer", ["bearer"]), loadProducerContext, requireApprovedProducer]

/** The producer portal's production lots and stamp sheets. */
export const producerLotRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/lots", middlewares: approvedProducer },
  {
    method: ["POST"],
    matcher: "/producer/lots",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerRegisterLot as any)],
  },
  { method: ["GET"], matcher: "/producer/lots/:id", middlewares: approvedProducer },
  { method: ["GET"], matcher: "/producer/lots/:id/sheet", middlewares: approvedProducer },
]
