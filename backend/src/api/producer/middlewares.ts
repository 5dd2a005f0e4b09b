import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { imageUploadMiddleware } from "../utils/middlewares/image-upload"
import { loadProducerContext, requireApprovedProducer } from "../utils/middlewares/producer-context"
import {
  ProducerAcceptInvite,
  ProducerCreateProduct,
  ProducerInvite,
  ProducerPayoutQuery,
  ProducerShipLines,
  ProducerSignup,
  ProducerSubmitCertificate,
  ProducerUpdateProduct,
  ProducerUpdateProfile,
  ProducerUpdateVariant,
} from "./validators"

const producerAuth = authenticate("producer", ["bearer"])
const approvedProducer = [producerAuth, loadProducerContext, requireApprovedProducer]

/** Producer portal: every route is scoped to the logged-in member's producer. */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/producer/signup",
    middlewares: [
      authenticate("producer", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(ProducerSignup),
    ],
  },
  { method: ["GET"], matcher: "/producer/me", middlewares: [producerAuth, loadProducerContext] },
  {
    method: ["POST"],
    matcher: "/producer/me",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerUpdateProfile)],
  },
  { method: ["GET"], matcher: "/producer/products", middlewares: approvedProducer },
  {
    method: ["POST"],
    matcher: "/producer/products",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerCreateProduct)],
  },
  { method: ["GET"], matcher: "/producer/products/:id", middlewares: approvedProducer },
  {
    method: ["POST"],
    matcher: "/producer/products/:id",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerUpdateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/variants/:variant_id",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerUpdateVariant)],
  },
  { method: ["GET"], matcher: "/producer/certificates", middlewares: approvedProducer },
  {
    method: ["POST"],
    matcher: "/producer/certificates",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerSubmitCertificate)],
  },
  { method: ["GET"], matcher: "/producer/consignments", middlewares: approvedProducer },
  { method: ["POST"], matcher: "/producer/uploads", middlewares: [...approvedProducer, imageUploadMiddleware] },
  { method: ["GET"], matcher: "/producer/members", middlewares: [producerAuth, loadProducerContext] },
  {
    method: ["POST"],
    matcher: "/producer/invites",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerInvite)],
  },
  {
    method: ["POST"],
    matcher: "/producer/invites/accept",
    middlewares: [
      authenticate("producer", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(ProducerAcceptInvite),
    ],
  },
  { method: ["GET"], matcher: "/producer/sale-events", middlewares: approvedProducer },
  { method: ["GET"], matcher: "/producer/orders", middlewares: approvedProducer },
  { method: ["GET"], matcher: "/producer/orders/:id", middlewares: approvedProducer },
  {
    method: ["POST"],
    matcher: "/producer/orders/:id/shipments",
    middlewares: [...approvedProducer, validateAndTransformBody(ProducerShipLines)],
  },
  {
    method: ["GET"],
    matcher: "/producer/payouts",
    middlewares: [
      ...approvedProducer,
      validateAndTransformQuery(ProducerPayoutQuery, { isList: false, defaults: ["id"] }),
    ],
  },
]
