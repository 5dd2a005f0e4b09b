import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateAgreement, AdminCreateShowroom, AdminCreateStaff } from "./showrooms/validators"
import {
  AdminCreateCertificate,
  AdminCreateProducer,
  AdminListCertificates,
  AdminListProducers,
  AdminListSaleEvents,
  AdminSetCertificateStatus,
  AdminUpdateProducer,
} from "./validators"

const listConfig = { isList: true, defaults: ["id"] }

/** The operator's OCOP routes (Medusa authenticates /admin users itself). */
export const adminOcopRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/ocop/certificates",
    middlewares: [validateAndTransformQuery(AdminListCertificates, listConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/certificates",
    middlewares: [validateAndTransformBody(AdminCreateCertificate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/certificates/:id/status",
    middlewares: [validateAndTransformBody(AdminSetCertificateStatus)],
  },
  {
    method: ["GET"],
    matcher: "/admin/ocop/producers",
    middlewares: [validateAndTransformQuery(AdminListProducers, listConfig)],
  },
  { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformBody(AdminCreateProducer)] },
  {
    method: ["POST"],
    matcher: "/admin/ocop/producers/:id",
    middlewares: [validateAndTransformBody(AdminUpdateProducer)],
  },
  {
    method: ["GET"],
    matcher: "/admin/ocop/sale-events",
    middlewares: [validateAndTransformQuery(AdminListSaleEvents, listConfig)],
  },

  { method: ["POST"], matcher: "/admin/ocop/showrooms", middlewares: [validateAndTransformBody(AdminCreateShowroom)] },
  {
    method: ["POST"],
    matcher: "/admin/ocop/showrooms/:id/staff",
    middlewares: [validateAndTransformBody(AdminCreateStaff)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/showrooms/:id/agreements",
    middlewares: [validateAndTransformBody(AdminCreateAgreement)],
  },
]
