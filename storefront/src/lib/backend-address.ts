import fs from "node:fs"
import path from "node:path"

/*
 * Where the backend is and the storefront's publishable key, read at run time
 * so one build serves any backend (tests boot their own). Plain Node: the
 * page cache's server (server/) reads them too, outside React.
 */

export const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.BACKEND_PORT || 9000}`

/** The storefront's publishable key: from the environment, else the file `npm start` writes. */
export function publishableKey(): string {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  const file = path.resolve(process.cwd(), process.env.OCOP_DATA_DIR || "../.data", "publishable-key")
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : ""
}
