/**
 * Medusa's infrastructure modules. With REDIS_URL: Redis for the event bus,
 * the cache, the workflow engine and locking, so several server processes and
 * a worker share them. Without it: Medusa's local event bus and in-memory
 * workflow engine, but locking on PostgreSQL (advisory locks in the project's
 * own database), so locks still hold across processes on one database.
 */
import { boundPostgresLockConnections } from "./bounded-postgres-locks"

export function infrastructureModules() {
  const redisUrl = process.env.REDIS_URL
  if (!redisUrl) boundPostgresLockConnections()
  const locking = {
    resolve: "@medusajs/medusa/locking",
    options: {
      providers: [
        redisUrl
          ? { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }
          : { resolve: "@medusajs/medusa/locking-postgres", id: "locking-postgres", is_default: true },
      ],
    },
  }
  if (!redisUrl) return [locking]
  return [
    locking,
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
  ]
}
