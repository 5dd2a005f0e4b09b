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

/**
 * Medusa serves `/static` (its local file provider's images and uploads) from
 * the working directory, and `medusa start` runs in the build, which has no
 * `static/`: product images answered 404 under `start:prod`, and uploads went
 * into the build, which the next `medusa build` wipes. The build's `static/` is
 * a link to the backend's own folder; what an older build kept there is moved
 * into it first. Without S3, one machine's folder; with S3_BUCKET, unused.
 */
export function linkStaticIntoBuild(buildDir = BACKEND_BUILD_DIR, staticDir = path.join(BACKEND_DIR, "static")) {
  fs.mkdirSync(staticDir, { recursive: true })
  const link = path.join(buildDir, "static")
  const found = fs.lstatSync(link, { throwIfNoEntry: false })
  if (found?.isSymbolicLink() && path.resolve(buildDir, fs.readlinkSync(link)) === path.resolve(staticDir)) return
  if (found?.isDirectory()) {
    fs.cpSync(link, staticDir, { recursive: true, force: false })
    fs.rmSync(link, { recursive: true, force: true })
  } else if (found) fs.rmSync(link, { force: true })
  fs.symlinkSync(path.relative(buildDir, staticDir), link, "dir")
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
