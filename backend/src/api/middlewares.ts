import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { attachOcopProvenance, restrictToSellableProducts } from "./store/products/sellable-middlewares"
import {
  AdminCreateCertificate,
  AdminCreateProducer,
  AdminListCertificates,
  AdminListProducers,
  AdminListSaleEvents,
  AdminSetCertificateStatus,
} from "./admin/ocop/validators"

const listConfig = { isList: true, defaults: ["id"] }

export default defineMiddlewares({
  routes: [
    // The marketplace rule on Medusa's own store product routes.
    { method: ["GET"], matcher: "/store/products", middlewares: [restrictToSellableProducts, attachOcopProvenance] },
    { method: ["GET"], matcher: "/store/products/:id", middlewares: [restrictToSellableProducts, attachOcopProvenance] },

    { method: ["GET"], matcher: "/admin/ocop/certificates", middlewares: [validateAndTransformQuery(AdminListCertificates, listConfig)] },
    { method: ["POST"], matcher: "/admin/ocop/certificates", middlewares: [validateAndTransformBody(AdminCreateCertificate)] },
    { method: ["POST"], matcher: "/admin/ocop/certificates/:id/status", middlewares: [validateAndTransformBody(AdminSetCertificateStatus)] },
    { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformQuery(AdminListProducers, listConfig)] },
    { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { method: ["GET"], matcher: "/admin/ocop/sale-events", middlewares: [validateAndTransformQuery(AdminListSaleEvents, listConfig)] },
  ],
})
