import { withSharedBackend } from "../support/backend-app"
import { sellerPortalPages } from "../e2e/seller-portal.suite"
import { showroomPages } from "../e2e/showroom.suite"
import { trustPages } from "../e2e/trust.suite"
import { addresses } from "./addresses.suite"
import { authProtections } from "./auth-protections.suite"
import { authorizationSweep } from "./authorization-sweep.suite"
import { certificatesAdmin } from "./certificates-admin.suite"
import { consignment } from "./consignment.suite"
import { hostileInput } from "./hostile-input.suite"
import { pickup } from "./pickup.suite"
import { producerPortal } from "./producer-portal.suite"
import { races } from "./races.suite"
import { storeRule } from "./store-rule.suite"
import { trust } from "./trust.suite"

/**
 * The suites that need the backend as `npm start` configures it (no payment
 * provider but cash on delivery, no mail server) and the test catalogue, on one
 * booted backend: each starts from the catalogue as loaded and is put back
 * before each test as if it had its own (support/backend-app.ts). The browser
 * suites (e2e/*.suite.ts) start their storefront on it. One alone:
 * `npx vitest run tests/integration/one-backend.test.ts -t store-rule`.
 */
withSharedBackend({
  "store-rule": storeRule,
  "certificates-admin": certificatesAdmin,
  "producer-portal": producerPortal,
  consignment,
  pickup,
  addresses,
  "auth-protections": authProtections,
  "authorization-sweep": authorizationSweep,
  "hostile-input": hostileInput,
  races,
  // each test walks a whole journey over HTTP (orders, deliveries, showrooms): on a busy 2-core machine, more than a minute
  trust: [trust, { timeout: 240_000 }],
  "seller-portal pages": sellerPortalPages,
  "showroom pages": showroomPages,
  "trust pages": trustPages,
})
