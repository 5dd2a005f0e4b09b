/**
 * `npm start`: the whole marketplace on embedded defaults.
 * Embedded PostgreSQL (unless DATABASE_URL) -> migrations (skipped when the schema
 * is unchanged) -> seed on first run -> admin user -> Medusa backend (+ admin)
 * -> storefront (production build, rebuilt only when its sources change).
 * Ctrl-C stops every process started here, the database included.
 */
import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { BACKEND_DIR, ROOT, settings } from "./lib/config"
import { queryOne } from "./lib/database"
import { assertPortFree, RunningPostgres, SetupError, startEmbeddedPostgres } from "./lib/embedded-postgres"
import { stopProcessGroup } from "./lib/backend-process"
import { migrateIfNeeded } from "./lib/migrate"
import { medusa } from "./lib/run"
import { seedIfNeeded } from "./lib/seed-runner"
import { clearDeadProcessLocks } from "./lib/stale-locks"
import { buildStorefrontIfNeeded, startStorefront } from "./lib/storefront"
import { DevInbox, devInboxPorts, startDevInbox } from "./lib/dev-inbox"

// the key the seed creates for the storefront's sales channel (seed/store-setup.ts)
const PUBLISHABLE_KEY_TITLE = "OCOP Storefront"

const cfg = settings()
const started = Date.now()
const say = (msg: string) => console.log(`[ocop] ${msg}`)
const children: ChildProcess[] = []
let pg: RunningPostgres | undefined
let inbox: DevInbox | undefined
let stopping = false

async function stopAll(code: number) {
  if (stopping) return
  stopping = true
  await Promise.all(children.map((c) => c.pid && stopProcessGroup(c.pid)))
  await inbox?.close().catch(() => {})
  if (pg) {
    say("stopping the embedded PostgreSQL")
    await pg.stop().catch(() => {})
  }
  process.exit(code)
}

async function main() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.NEXT_TELEMETRY_DISABLED = "1"
  process.on("SIGINT", () => void stopAll(0))
  process.on("SIGTERM", () => void stopAll(0))

  await assertPortFree(cfg.backendPort, "Medusa backend", "PORT")
  await assertPortFree(cfg.storefrontPort, "storefront", "STOREFRONT_PORT")

  let databaseUrl = cfg.externalDatabaseUrl
  if (!databaseUrl) {
    say(
      `starting the embedded PostgreSQL (data in ${path.relative(ROOT, cfg.pgDataDir) || cfg.pgDataDir}, port ${cfg.pgPort})`
    )
    pg = await startEmbeddedPostgres({ dataDir: cfg.pgDataDir, port: cfg.pgPort, log: say })
    await pg.createDatabase(cfg.databaseName)
    databaseUrl = pg.urlFor(cfg.databaseName)
  } else {
    say("using the PostgreSQL given by DATABASE_URL")
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(cfg.backendPort) }
  // without SMTP_URL, mail goes to the development inbox (a real SMTP server and a page to read it)
  if (!process.env.SMTP_URL) {
    const ports = devInboxPorts()
    await assertPortFree(ports.smtp, "development inbox SMTP", "DEV_INBOX_SMTP_PORT")
    await assertPortFree(ports.http, "development inbox", "DEV_INBOX_PORT")
    inbox = await startDevInbox({ smtpPort: ports.smtp, httpPort: ports.http })
    env.SMTP_URL = `smtp://localhost:${inbox.smtpPort}`
  }

  if (!(await migrateIfNeeded(databaseUrl, env, say))) say("database schema is up to date")

  await seedIfNeeded(databaseUrl, env, say)

  const admin = await queryOne(databaseUrl, `SELECT id FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [
    cfg.adminEmail,
  ])
  if (!admin) {
    say(`creating the admin user ${cfg.adminEmail}`)
    await medusa(["user", "-e", cfg.adminEmail, "-p", cfg.adminPassword], env)
  }
  const key = await queryOne(
    databaseUrl,
    `SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1`,
    [PUBLISHABLE_KEY_TITLE]
  )
  if (key?.token) fs.writeFileSync(path.join(cfg.dataDir, "publishable-key"), key.token + "\n")

  await clearDeadProcessLocks(databaseUrl)
  say("starting the Medusa backend")
  const backend = spawn(
    process.execPath,
    [require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] }), "develop"],
    {
      cwd: BACKEND_DIR,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so Ctrl-C can stop the server it forks
    }
  )
  children.push(backend)
  backend.on("exit", (code) => {
    if (!stopping) {
      console.error(`[ocop] the Medusa backend exited (code ${code}); stopping`)
      void stopAll(code || 1)
    }
  })
  // the storefront builds while the backend boots; both must be up before "ready"
  let backendReady: () => void
  const backendUp = new Promise<void>((resolve) => (backendReady = resolve))
  const onOutput = (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (/Server is ready|Admin URL/.test(chunk.toString())) backendReady()
  }
  backend.stdout!.on("data", onOutput)
  backend.stderr!.on("data", onOutput)

  await buildStorefrontIfNeeded(say)
  await backendUp
  const base = `http://localhost:${cfg.backendPort}`
  say("starting the storefront")
  const storefront = await startStorefront({
    port: cfg.storefrontPort,
    backendUrl: base,
    publishableKey: key?.token ?? "",
  })
  children.push(storefront)
  storefront.stdout!.resume()
  storefront.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk))
  storefront.on("exit", (code) => {
    if (!stopping) {
      console.error(`[ocop] the storefront exited (code ${code}); stopping`)
      void stopAll(code || 1)
    }
  })
  console.log(
    [
      "",
      `[ocop] OCOP marketplace ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `[ocop]   Storefront:     http://localhost:${cfg.storefrontPort}`,
      `[ocop]   Store API:      ${base}/store  (publishable key: ${key?.token ?? "none"})`,
      `[ocop]   Admin API:      ${base}/admin`,
      `[ocop]   Medusa Admin:   ${base}/app  (login ${cfg.adminEmail} / ${cfg.adminPassword}, development only)`,
      `[ocop]   Database:       ${cfg.externalDatabaseUrl ? "DATABASE_URL" : databaseUrl}`,
      `[ocop]   Mail:           ${inbox ? `${inbox.url}  (development inbox: every email sent)` : "SMTP_URL"}`,
      "[ocop] Press Ctrl-C to stop everything.",
      "",
    ].join("\n")
  )
}

main().catch(async (e) => {
  console.error(`[ocop] ${e instanceof SetupError ? e.message : (e?.stack ?? e)}`)
  await stopAll(1)
})
