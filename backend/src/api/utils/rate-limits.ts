import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { RateLimiterAbstract, RateLimiterPostgres, RateLimiterRedis } from "rate-limiter-flexible"

const MINUTE = 60

type Limits = {
  /** attempts to log in to one account, from anywhere (password guessing); a success starts again */
  loginsByAccount: RateLimiterAbstract
  /** login attempts from one address (credential stuffing) */
  loginsByAddress: RateLimiterAbstract
  /** sign-ups from one address (mass sign-up) */
  signupsByAddress: RateLimiterAbstract
}

let limits: Limits | null = null

/**
 * The login and sign-up limits, counted in a store every backend process
 * shares: Redis when REDIS_URL is set, else the project's PostgreSQL (table
 * ocop_rate_limit, ocop module migration). Counts are atomic there, so
 * attempts spread over several servers, or sent at once, all count.
 */
export function rateLimits(container: MedusaContainer): Limits {
  if (limits) return limits
  const redisUrl = process.env.REDIS_URL
  const store = redisUrl
    ? {
        // Redis down: a command fails after one reconnection attempt (503), rather than wait or let everyone through
        storeClient: new Redis(redisUrl, { maxRetriesPerRequest: 1 }),
      }
    : {
        storeClient: container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
        storeType: "knex",
        tableName: "ocop_rate_limit",
        tableCreated: true,
      }
  const make = (keyPrefix: string, points: number, duration: number) =>
    redisUrl
      ? new RateLimiterRedis({ ...store, keyPrefix: `ocop-${keyPrefix}`, points, duration })
      : new RateLimiterPostgres({ ...store, keyPrefix, points, duration })
  limits = {
    loginsByAccount: make("login-account", 5, 15 * MINUTE),
    loginsByAddress: make("login-address", 30, 15 * MINUTE),
    signupsByAddress: make("signup-address", 10, 60 * MINUTE),
  }
  return limits
}
