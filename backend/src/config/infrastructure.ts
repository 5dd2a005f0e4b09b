/**
 * Medusa's infrastructure modules: Redis-backed ones only when REDIS_URL is
 * configured; otherwise Medusa's in-memory/local defaults.
 */
export function infrastructureModules() {
  const redisUrl = process.env.REDIS_URL
  return redisUrl
    ? [
        { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
      ]
    : []
}
