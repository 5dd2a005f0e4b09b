import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Direct statement on the `locking` table of Medusa's PostgreSQL locking
 * provider (@medusajs/locking-postgres 2.21.2). Its acquire() never takes over
 * a lock whose expiry has passed: a process killed while holding one (a
 * checkout's lock on its cart) would leave that key locked for ever. Removing
 * the expired row first lets the next acquire() take it, as the Redis and
 * in-memory providers do by themselves. The provider has no method for it.
 */

/** Frees these keys if their lock has expired; nothing without the PostgreSQL provider (REDIS_URL set). */
export async function releaseExpiredLocks(container: MedusaContainer, keys: string[]): Promise<void> {
  if (process.env.REDIS_URL || !keys.length) return
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex("locking").whereIn("id", keys).whereNotNull("expiration").where("expiration", "<=", knex.fn.now()).delete()
}
