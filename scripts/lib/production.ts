import fs from "node:fs"
import path from "node:path"
import Redis from "ioredis"
import { BACKEND_DIR } from "./config"
import { queryOne } from "./database"
import { SetupError } from "./embedded-postgres"
import { STOREFRONT_DIR } from "./storefront"

/** Where `medusa build` puts the backend; `medusa start` runs from there (Medusa's deployment docs). */
export const BACKEND_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")

/** A one-line error for each build that `npm run build` has not made. */
export function assertBuilt(parts: { backend?: boolean; storefront?: boolean }) {
  if (parts.backend && !fs.existsSync(path.join(BACKEND_BUILD_DIR, "medusa-config.js")))
    throw new SetupError("no backend build in backend/.medusa/server: run `npm run build` first")
  if (parts.storefront && !fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID")))
    throw new SetupError("no storefront build in storefront/.next: run `npm run build` first")
}

/** A one-line error when the database or Redis cannot be reached. */
export async function assertReachable(databaseUrl: string, redisUrl?: string) {
  await queryOne(databaseUrl, "SELECT 1").catch((e) => {
    throw new SetupError(`cannot reach PostgreSQL at ${redact(databaseUrl)}: ${e.message}`)
  })
  if (!redisUrl) return
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  try {
    await redis.connect()
    await redis.ping()
  } catch (e: any) {
    throw new SetupError(`cannot reach Redis at ${redact(redisUrl)}: ${e.message}`)
  } finally {
    redis.disconnect()
  }
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")

/** The environment of a production Medusa process. */
export function productionEnv(env: NodeJS.ProcessEnv, mode: "server" | "worker" | "shared"): NodeJS.ProcessEnv {
  return {
    ...env,
    NODE_ENV: "production",
    MEDUSA_WORKER_MODE: mode,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // the worker serves no pages: no admin there
    ...(mode === "worker" ? { MEDUSA_ADMIN_DISABLED: "true" } : {}),
  }
}
