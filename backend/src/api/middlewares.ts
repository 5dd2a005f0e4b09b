import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ocopErrorHandler } from "./error-handler"
import { shortenConnectionWait } from "./connection-wait"
import { queueCheckout, queueCounterSale } from "./stock-queue"
import { markCheckoutCart } from "./store/carts/mark-checkout"
import { limitLogins, limitSignups } from "./auth-rate-limit"
import { loadProducerContext, requireApprovedProducer } from "./producer/context"
import { imageUploadMiddleware } from "../lib/image-upload"
import {
  ProducerAcceptInvite,
  ProducerCreateProduct,
  ProducerInvite,
  ProducerPayoutQuery,
  ProducerShipLines,
  ProducerSignup,
  ProducerSubmitCertificate,
  ProducerUpdateProduct,
  ProducerUpdateVariant,
} from "./producer/validators"
import { StoreSearchQuery } from "./store/ocop/search/validators"
import { rejectNulCharacters } from "./reject-nul"
import { AdminCreateAgreement, AdminCreateShowroom, AdminCreateStaff } from "./admin/ocop/showrooms/validators"
import { StaffActivate, StaffCollectPickup, StaffCount, StaffCounterSale, StaffCreateSettlement, StaffIntake, StaffReturn, StaffSettlementStatus } from "./showroom/validators"
import { loadStaffContext } from "./showroom/context"
import { StoreOrderLookup } from "./store/ocop/orders/lookup/validators"
import { attachOcopProvenance, restrictToSellableProducts } from "./store/products/sellable-middlewares"
import { hideUnsellableNestedProducts, restrictVariantsToSellable } from "./store/catalogue/hide-unsellable"
import {
  AdminCreateCertificate,
  AdminCreateProducer,
  AdminListCertificates,
  AdminListProducers,
  AdminListSaleEvents,
  AdminSetCertificateStatus,
  AdminUpdateProducer,
} from "./admin/ocop/validators"

const listConfig = { isList: true, defaults: ["id"] }

// OCOP_BENCH_WITHOUT_RULE=1 exists only so `npm run bench` can time Medusa's own /store/products on
// the same data, in a second backend process; it is refused in production so it cannot open the store.
const withoutStoreProductRule = process.env.OCOP_BENCH_WITHOUT_RULE === "1"
if (withoutStoreProductRule && process.env.NODE_ENV === "production") {
  throw new Error("OCOP_BENCH_WITHOUT_RULE is for benchmarks only and is refused when NODE_ENV=production")
}
if (withoutStoreProductRule) console.warn("[ocop] OCOP_BENCH_WITHOUT_RULE=1: /store/products without the OCOP rule (benchmark only)")
const storeProductRule = withoutStoreProductRule ? [] : [restrictToSellableProducts, attachOcopProvenance]
const producerAuth = authenticate("producer", ["bearer"])
const approvedProducer = [producerAuth, loadProducerContext, requireApprovedProducer]
const staff = [authenticate("staff", ["bearer"]), loadStaffContext]

export default defineMiddlewares({
  errorHandler: ocopErrorHandler,
  routes: [
    { matcher: "/*", middlewares: [shortenConnectionWait] },
    { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [markCheckoutCart, queueCheckout] },
    { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [limitLogins] },
    { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [limitSignups] },
    // The marketplace rule on Medusa's own store product routes.
    { method: ["GET"], matcher: "/store/products", middlewares: storeProductRule },
    { method: ["GET"], matcher: "/store/products/:id", middlewares: storeProductRule },
    { method: ["GET"], matcher: "/store/product-variants", middlewares: [restrictVariantsToSellable] },
    { method: ["GET"], matcher: "/store/product-variants/:id", middlewares: [restrictVariantsToSellable] },
    ...["/store/product-categories", "/store/collections", "/store/product-tags", "/store/product-types"].flatMap((base) => [
      { method: ["GET" as const], matcher: base, middlewares: [hideUnsellableNestedProducts] },
      { method: ["GET" as const], matcher: `${base}/:id`, middlewares: [hideUnsellableNestedProducts] },
    ]),

    // No text here may hold a NUL character: PostgreSQL refuses it (a 500), so it is a 400 first.
    ...["/store/ocop*", "/store/products*", "/store/product-variants*", "/store/carts*", "/producer*", "/showroom*", "/admin/ocop*"].map((matcher) => ({ matcher, middlewares: [rejectNulCharacters] })),

    { method: ["GET"], matcher: "/store/ocop/search", middlewares: [validateAndTransformQuery(StoreSearchQuery, {})] },
    { method: ["POST"], matcher: "/store/ocop/orders/lookup", middlewares: [validateAndTransformBody(StoreOrderLookup)] },
    { method: ["GET"], matcher: "/store/ocop/orders/:id/parts", middlewares: [authenticate("customer", ["bearer"])] },

    { method: ["GET"], matcher: "/admin/ocop/certificates", middlewares: [validateAndTransformQuery(AdminListCertificates, listConfig)] },
    { method: ["POST"], matcher: "/admin/ocop/certificates", middlewares: [validateAndTransformBody(AdminCreateCertificate)] },
    { method: ["POST"], matcher: "/admin/ocop/certificates/:id/status", middlewares: [validateAndTransformBody(AdminSetCertificateStatus)] },
    { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformQuery(AdminListProducers, listConfig)] },
    { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { method: ["POST"], matcher: "/admin/ocop/producers/:id", middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
    { method: ["GET"], matcher: "/admin/ocop/sale-events", middlewares: [validateAndTransformQuery(AdminListSaleEvents, listConfig)] },

    { method: ["POST"], matcher: "/admin/ocop/showrooms", middlewares: [validateAndTransformBody(AdminCreateShowroom)] },
    { method: ["POST"], matcher: "/admin/ocop/showrooms/:id/staff", middlewares: [validateAndTransformBody(AdminCreateStaff)] },
    { method: ["POST"], matcher: "/admin/ocop/showrooms/:id/agreements", middlewares: [validateAndTransformBody(AdminCreateAgreement)] },

    // Showroom staff: every route is scoped to the staff member's one showroom.
    {
      method: ["POST"],
      matcher: "/showroom/activate",
      middlewares: [authenticate("staff", ["bearer"], { allowUnregistered: true }), validateAndTransformBody(StaffActivate)],
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
    { method: ["POST"], matcher: "/showroom/sales", middlewares: [...staff, validateAndTransformBody(StaffCounterSale), queueCounterSale] },
    { method: ["GET"], matcher: "/showroom/settlements", middlewares: staff },
    { method: ["POST"], matcher: "/showroom/settlements", middlewares: [...staff, validateAndTransformBody(StaffCreateSettlement)] },
    { method: ["GET"], matcher: "/showroom/settlements/:id", middlewares: staff },
    { method: ["POST"], matcher: "/showroom/settlements/:id", middlewares: [...staff, validateAndTransformBody(StaffSettlementStatus)] },
    { method: ["GET"], matcher: "/showroom/pickups", middlewares: staff },
    { method: ["POST"], matcher: "/showroom/pickups/:id/ready", middlewares: staff },
    { method: ["POST"], matcher: "/showroom/pickups/:id/collected", middlewares: [...staff, validateAndTransformBody(StaffCollectPickup)] },

    // Producer portal: every route is scoped to the logged-in member's producer.
    {
      method: ["POST"],
      matcher: "/producer/signup",
      middlewares: [authenticate("producer", ["bearer"], { allowUnregistered: true }), validateAndTransformBody(ProducerSignup)],
    },
    { method: ["GET"], matcher: "/producer/me", middlewares: [producerAuth, loadProducerContext] },
    { method: ["GET"], matcher: "/producer/products", middlewares: approvedProducer },
    { method: ["POST"], matcher: "/producer/products", middlewares: [...approvedProducer, validateAndTransformBody(ProducerCreateProduct)] },
    { method: ["GET"], matcher: "/producer/products/:id", middlewares: approvedProducer },
    { method: ["POST"], matcher: "/producer/products/:id", middlewares: [...approvedProducer, validateAndTransformBody(ProducerUpdateProduct)] },
    {
      method: ["POST"],
      matcher: "/producer/products/:id/variants/:variant_id",
      middlewares: [...approvedProducer, validateAndTransformBody(ProducerUpdateVariant)],
    },
    { method: ["GET"], matcher: "/producer/certificates", middlewares: approvedProducer },
    { method: ["POST"], matcher: "/producer/certificates", middlewares: [...approvedProducer, validateAndTransformBody(ProducerSubmitCertificate)] },
    { method: ["GET"], matcher: "/producer/consignments", middlewares: approvedProducer },
    { method: ["POST"], matcher: "/producer/uploads", middlewares: [...approvedProducer, imageUploadMiddleware] },
    { method: ["GET"], matcher: "/producer/members", middlewares: [producerAuth, loadProducerContext] },
    { method: ["POST"], matcher: "/producer/invites", middlewares: [...approvedProducer, validateAndTransformBody(ProducerInvite)] },
    {
      method: ["POST"],
      matcher: "/producer/invites/accept",
      middlewares: [authenticate("producer", ["bearer"], { allowUnregistered: true }), validateAndTransformBody(ProducerAcceptInvite)],
    },
    { method: ["GET"], matcher: "/producer/sale-events", middlewares: approvedProducer },
    { method: ["GET"], matcher: "/producer/orders", middlewares: approvedProducer },
    { method: ["GET"], matcher: "/producer/orders/:id", middlewares: approvedProducer },
    { method: ["POST"], matcher: "/producer/orders/:id/shipments", middlewares: [...approvedProducer, validateAndTransformBody(ProducerShipLines)] },
    {
      method: ["GET"],
      matcher: "/producer/payouts",
      middlewares: [...approvedProducer, validateAndTransformQuery(ProducerPayoutQuery, { isList: false, defaults: ["id"] })],
    },
  ],
})
