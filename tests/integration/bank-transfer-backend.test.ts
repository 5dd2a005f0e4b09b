import { withSharedBackend } from "../support/backend-app"
import { bankTransferPages } from "../e2e/bank-transfer.suite"
import { bankTransfer } from "./bank-transfer.suite"

/**
 * Bank transfer by VietQR, over HTTP and in the browser, on one backend booted
 * with a bank account configured (support/bank-transfer.ts's VIETQR_TEST_ENV,
 * set by both suites as they load): see one-backend.test.ts.
 */
withSharedBackend({
  "bank-transfer": bankTransfer,
  "bank-transfer pages": bankTransferPages,
})
