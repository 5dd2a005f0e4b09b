import "server-only"
import Medusa from "@medusajs/js-sdk"
import { BACKEND_URL, publishableKey } from "./backend-address"

export { BACKEND_URL }

// Tokens are never kept in the SDK (it is shared by every request on the
// server): each call that needs a customer passes its own header.
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: publishableKey(),
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
