import "server-only"
import fs from "node:fs"
import path from "node:path"
import Medusa from "@medusajs/js-sdk"

/** Read at run time, so one build serves any backend (tests boot their own). */
export const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.BACKEND_PORT || 9000}`

/** The storefront's publishable key: from the environment, else the file `npm start` writes. */
function publishableKey(): string {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  const file = path.resolve(process.cwd(), process.env.OCOP_DATA_DIR || "../.data", "publishable-key")
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : ""
}

// Tokens are never kept in the SDK (it is shared by every request on the
// server): each call that needs a customer passes its own header.
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: publishableKey(),
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
