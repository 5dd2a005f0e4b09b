// First: the security suite sets the backend's secrets (Stripe's keys among them) as it loads,
// before the backend reads its config.
import { securityPages } from "../e2e/security.suite"
import { withSharedBackend } from "../support/backend-app"
import { stripeConfig } from "./stripe-config.suite"

/**
 * The suites that need the backend booted with its secrets set, Stripe's keys
 * among them, on one boot (see one-backend.test.ts): Stripe offered beside
 * cash on delivery, and no secret ever reaching a page or script the browser
 * loads.
 */
withSharedBackend({
  "stripe-config": stripeConfig,
  "security pages": securityPages,
})
