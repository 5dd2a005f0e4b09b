import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { setTimeout } from "node:timers/promises"

// as long as Medusa's completion waits for the cart's lock, and how long a killed holder keeps it
const LOCK_WAIT_MS = 30_000
const LOCK_TTL_SECONDS = 60

/**
 * Runs `job` holding the cart's lock: the key Medusa's cart completion holds
 * (acquireLockStep on the cart id), taken the same way (acquire/release; on
 * PostgreSQL, execute() takes a different kind of lock that would not exclude
 * a completion). Waits as long as Medusa's completion does.
 */
export function withCartLock<T>(container: MedusaContainer, cartId: string, job: () => Promise<T>): Promise<T> {
  return withLock(container, cartId, job)
}

/** The same for a key of our own, in the same locking module (shared by every process). */
export async function withLock<T>(container: MedusaContainer, key: string, job: () => Promise<T>): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  const owner = { ownerId: `ocop-cart:${randomUUID()}`, expire: LOCK_TTL_SECONDS }
  for (const until = Date.now() + LOCK_WAIT_MS; ; await setTimeout(200)) {
    try {
      await locking.acquire(key, owner)
      break
    } catch (e) {
      if (Date.now() > until) throw e
    }
  }
  try {
    return await job()
  } finally {
    await locking.release(key, { ownerId: owner.ownerId })
  }
}
