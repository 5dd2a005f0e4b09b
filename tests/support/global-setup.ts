import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres"
import { buildMigratedTemplate } from "./migrated-template"
import { buildStorefrontIfNeeded } from "../../scripts/lib/storefront"

/**
 * The template's migration runs on about one core: the storefront's production build (once per
 * change of its sources; the browser suites serve it) goes beside it, not inside the first suite.
 */
const prepare = () => Promise.all([buildMigratedTemplate(), buildStorefrontIfNeeded()])

/** A test server is thrown away after the run: it need not survive a power cut. */
export const THROWAWAY = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" }

/**
 * Starts a throwaway embedded PostgreSQL for the integration tests (unless
 * TEST_DATABASE_PORT points at another server) and removes it afterwards.
 * Medusa's test runner creates one database per test file on it, each a copy
 * of one migrated here once (migrated-template.ts).
 */
export default async function setup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.MEDUSA_ADMIN_DISABLED = "true"
  process.env.LOG_LEVEL ??= "error"
  if (process.env.TEST_DATABASE_PORT) {
    process.env.DB_PORT = process.env.TEST_DATABASE_PORT
    await prepare()
    return
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-"))
  fs.chmodSync(dataDir, 0o777)
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "data"),
    port: await freePort(),
    settings: THROWAWAY,
  })
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_USERNAME: "postgres",
    DB_PASSWORD: "postgres",
    DB_PORT: String(pg.port),
  })
  await prepare()
  return async () => {
    await pg.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
