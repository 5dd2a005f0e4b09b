import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Knex waits up to 60 s for a database connection, and Medusa's config does
 * not pass a setting for it: with the database down, a shopper would wait a
 * minute for the 503. 10 s is far above any wait under load on this machine
 * (bench/), and once the database is back the pool reconnects by itself.
 */
export const CONNECTION_WAIT_MS = 10_000

let applied = false

export function shortenConnectionWait(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!applied) {
    const pool = (req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any)?.client?.pool
    if (pool && "acquireTimeoutMillis" in pool) {
      pool.acquireTimeoutMillis = CONNECTION_WAIT_MS
      applied = true
    }
  }
  next()
}
