import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BackendProcess, startBackend } from "../../scripts/lib/backend-process"
import { queryOne } from "../../scripts/lib/database"
import { freePort, RunningPostgres, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres"
import { migrateIfNeeded } from "../../scripts/lib/migrate"
import { medusa } from "../../scripts/lib/run"
import { seedIfNeeded } from "../../scripts/lib/seed-runner"
import { clearDeadProcessLocks } from "../../scripts/lib/stale-locks"

export const ADMIN = { email: "admin@ocop.test", password: "mat-khau-quan-tri-1" }

/**
 * The marketplace as `npm start` runs it, in processes a test can kill: its
 * own embedded PostgreSQL in a temporary folder, migrated and seeded with the
 * demo catalogue, and `medusa start` (no file watcher to restart it behind
 * the test's back) as a child process group. For faults
 * that an in-process test backend cannot show (a killed server, a database
 * that goes away under a running one).
 */
export class ProcessStack {
  dir = ""
  pg!: RunningPostgres
  pgPort = 0
  backend!: BackendProcess
  backendPort = 0
  databaseUrl = ""
  publishableKey = ""

  get env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      DATABASE_URL: this.databaseUrl,
      MEDUSA_ADMIN_DISABLED: "true",
      LOG_LEVEL: "warn",
      OCOP_DATA_DIR: this.dir,
      NODE_ENV: "development",
    }
  }

  /** `backend: false`: database and data only, for a test that starts its own processes. */
  async start(opts: { backend?: boolean } = {}) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-stack-"))
    fs.chmodSync(this.dir, 0o777)
    this.pgPort = await freePort()
    await this.startDatabase()
    await this.pg.createDatabase("ocop")
    this.databaseUrl = this.pg.urlFor("ocop")
    await migrateIfNeeded(this.databaseUrl, this.env, () => {})
    await seedIfNeeded(this.databaseUrl, { ...this.env }, () => {})
    await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], this.env)
    this.publishableKey = (await queryOne(
      this.databaseUrl,
      "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL LIMIT 1"
    ))!.token
    if (opts.backend === false) return
    this.backendPort = await freePort()
    await this.startBackend()
  }

  async startDatabase() {
    this.pg = await startEmbeddedPostgres({ dataDir: path.join(this.dir, "postgres"), port: this.pgPort })
  }

  /** As `npm start` does: locks a killed backend left are cleared, then the backend starts. */
  async startBackend() {
    await clearDeadProcessLocks(this.databaseUrl)
    this.backend = await startBackend({ port: this.backendPort, env: this.env, command: "start" })
  }

  get url() {
    return `http://localhost:${this.backendPort}`
  }

  async stop() {
    await this.backend?.stop().catch(() => {})
    await this.pg?.stop().catch(() => {})
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true })
  }
}
