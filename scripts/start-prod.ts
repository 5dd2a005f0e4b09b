/**
 * `npm run start:prod`: the whole marketplace in production mode, from the
 * builds `npm run build` made. Embedded PostgreSQL (unless DATABASE_URL) ->
 * migrations when the schema changed -> seed on first run -> admin user ->
 * Medusa server processes (OCOP_SERVERS, default 1, in Medusa's cluster mode:
 * one port, Node's cluster balancing) and, with REDIS_URL, one Medusa worker
 * (subscribers, scheduled jobs, search sync) -> the storefront's server (storefront/server/main.ts).
 *
 * Without REDIS_URL Medusa's event bus is local: an event reaches only the
 * process that emitted it, so a separate worker would never hear of a change.
 * There the server processes run in shared mode (each handles its own
 * events; the scheduled jobs hold a lock shared through PostgreSQL).
 */
import { ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ROOT, settings } from "./lib/config"
import { queryOne } from "./lib/database"
import { assertPortFree, freePort, RunningPostgres, SetupError, startEmbeddedPostgres } from "./lib/embedded-postgres"
import { BackendProcess, startBackend } from "./lib/backend-process"
import { migrateIfNeeded } from "./lib/migrate"
import { assertBuilt, assertReachable, BACKEND_BUILD_DIR, linkStaticIntoBuild, productionEnv } from "./lib/production"
import { medusa } from "./lib/run"
import { seedIfNeeded } from "./lib/seed-runner"
import { clearDeadProcessLocks } from "./lib/stale-locks"
import { startStorefront } from "./lib/storefront"

const PUBLISHABLE_KEY_TITLE = "OCOP Storefront"

const cfg = settings()
const started = Date.now()
const say = (msg: string) => console.log(`[ocop] ${msg}`)
const backends: BackendProcess[] = []
let storefront: ChildProcess | undefined
let pg: RunningPostgres | undefined
let stopping = false

async function stopAll(code: number) {
  if (stopping) return
  stopping = true
  await Promise.all(backends.map((b) => b.stop()))
  if (storefront?.pid) process.kill(-storefront.pid, "SIGTERM")
  if (pg) {
    say("stopping the embedded PostgreSQL")
    await pg.stop().catch(() => {})
  }
  process.exit(code)
}

function watch(proc: BackendProcess, what: string) {
  proc.child.stdout!.pipe(process.stdout)
  proc.child.stderr!.pipe(process.stderr)
  proc.child.on("exit", (code) => {
    if (stopping) return
    console.error(`[ocop] the Medusa ${what} exited (code ${code}); stopping`)
    void stopAll(code || 1)
  })
}

async function main() {
  process.on("SIGINT", () => void stopAll(0))
  process.on("SIGTERM", () => void stopAll(0))
  const servers = Number(process.env.OCOP_SERVERS || 1)
  if (!Number.isInteger(servers) || servers < 1) throw new SetupError("OCOP_SERVERS must be a whole number, 1 or more")
  const redisUrl = process.env.REDIS_URL
  assertBuilt({ backend: true, storefront: true })
  linkStaticIntoBuild() // a build made by `medusa build` alone has no static/
  await assertPortFree(cfg.backendPort, "Medusa backend", "PORT")
  await assertPortFree(cfg.storefrontPort, "storefront", "STOREFRONT_PORT")

  let databaseUrl = cfg.externalDatabaseUrl
  if (!databaseUrl) {
    say(`starting the embedded PostgreSQL (data in ${path.relative(ROOT, cfg.pgDataDir) || cfg.pgDataDir})`)
    pg = await startEmbeddedPostgres({ dataDir: cfg.pgDataDir, port: cfg.pgPort, log: say })
    await pg.createDatabase(cfg.databaseName)
    databaseUrl = pg.urlFor(cfg.databaseName)
  }
  await assertReachable(databaseUrl, redisUrl)
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl }
  if (!(await migrateIfNeeded(databaseUrl, env, say))) say("database schema is up to date")
  await seedIfNeeded(databaseUrl, env, say)
  if (!(await queryOne(databaseUrl, `SELECT id FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [cfg.adminEmail])))
    await medusa(["user", "-e", cfg.adminEmail, "-p", cfg.adminPassword], env)
  const key = await queryOne(
    databaseUrl,
    `SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1`,
    [PUBLISHABLE_KEY_TITLE]
  )

  await clearDeadProcessLocks(databaseUrl)
  const mode = redisUrl ? "server" : "shared"
  say(`starting ${servers} Medusa ${mode} process(es)${redisUrl ? " and one worker" : ""} in production mode`)
  const [server, worker] = await Promise.all([
    startBackend({
      command: "start",
      cwd: BACKEND_BUILD_DIR,
      port: cfg.backendPort,
      // Medusa's cluster mode, servers only: a worker-mode member would share the port and answer 404
      args: servers > 1 ? ["--cluster", String(servers), ...(redisUrl ? ["--servers", String(servers)] : [])] : [],
      env: productionEnv(env, mode),
    }),
    redisUrl
      ? freePort().then((port) =>
          startBackend({ command: "start", cwd: BACKEND_BUILD_DIR, port, env: productionEnv(env, "worker") })
        )
      : null,
  ])
  backends.push(server)
  watch(server, "server")
  if (worker) {
    backends.push(worker)
    watch(worker, "worker")
  }
  const base = `http://localhost:${cfg.backendPort}`
  storefront = await startStorefront({
    port: cfg.storefrontPort,
    backendUrl: base,
    publishableKey: key?.token ?? "",
    env: { NODE_ENV: "production" },
  })
  storefront.stdout!.resume()
  storefront.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk))
  storefront.on("exit", (code) => {
    if (!stopping) {
      console.error(`[ocop] the storefront exited (code ${code}); stopping`)
      void stopAll(code || 1)
    }
  })
  fs.mkdirSync(cfg.dataDir, { recursive: true })
  if (key?.token) fs.writeFileSync(path.join(cfg.dataDir, "publishable-key"), key.token + "\n")
  console.log(
    [
      "",
      `[ocop] OCOP marketplace ready in ${((Date.now() - started) / 1000).toFixed(1)} s (production mode)`,
      `[ocop]   Storefront:     http://localhost:${cfg.storefrontPort}`,
      `[ocop]   Store API:      ${base}/store  (publishable key: ${key?.token ?? "none"})`,
      `[ocop]   Admin API:      ${base}/admin`,
      `[ocop]   Medusa Admin:   ${base}/app`,
      `[ocop]   Processes:      ${servers} ${mode}${worker ? `, 1 worker (port ${worker.url.split(":").pop()})` : ""}`,
      `[ocop]   Database:       ${cfg.externalDatabaseUrl ? "DATABASE_URL" : databaseUrl}`,
      "[ocop] Press Ctrl-C to stop everything.",
      "",
    ].join("\n")
  )
}

main().catch(async (e) => {
  console.error(`[ocop] ${e instanceof SetupError ? e.message : (e?.stack ?? e)}`)
  await stopAll(1)
})
