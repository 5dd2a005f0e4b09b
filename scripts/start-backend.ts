/**
 * `npm run start:backend`: one Medusa process in production mode, from the
 * build `npm run build` made, that joins a running marketplace: it neither
 * migrates, seeds nor reindexes. PORT (default 9000), MEDUSA_WORKER_MODE
 * (server, worker or shared; default shared), DATABASE_URL (default: the
 * embedded PostgreSQL of `npm run start:prod` on this machine) and REDIS_URL.
 */
import { settings } from "./lib/config"
import { assertPortFree, PG_PASSWORD, PG_USER, SetupError } from "./lib/embedded-postgres"
import { startBackend } from "./lib/backend-process"
import { assertBuilt, assertReachable, BACKEND_BUILD_DIR, linkStaticIntoBuild, productionEnv } from "./lib/production"

const MODES = ["server", "worker", "shared"] as const
type Mode = (typeof MODES)[number]

async function main() {
  const cfg = settings()
  const mode = (process.env.MEDUSA_WORKER_MODE || "shared") as Mode
  if (!MODES.includes(mode)) throw new SetupError(`MEDUSA_WORKER_MODE must be server, worker or shared (not "${mode}")`)
  const databaseUrl =
    cfg.externalDatabaseUrl ?? `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${cfg.pgPort}/${cfg.databaseName}`
  assertBuilt({ backend: true })
  linkStaticIntoBuild() // a build made by `medusa build` alone has no static/
  await assertPortFree(cfg.backendPort, `Medusa ${mode}`, "PORT")
  await assertReachable(databaseUrl, process.env.REDIS_URL)
  const backend = await startBackend({
    command: "start",
    cwd: BACKEND_BUILD_DIR,
    port: cfg.backendPort,
    env: productionEnv({ ...process.env, DATABASE_URL: databaseUrl }, mode),
  })
  backend.child.stdout!.pipe(process.stdout)
  backend.child.stderr!.pipe(process.stderr)
  console.log(`[ocop] Medusa ${mode} ready on http://localhost:${cfg.backendPort} (production mode)`)
  const stop = () => void backend.stop().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
  backend.child.on("exit", (code) => {
    console.error(`[ocop] the Medusa ${mode} exited (code ${code})`)
    process.exit(code || 1)
  })
}

main().catch((e) => {
  console.error(`[ocop] ${e instanceof SetupError ? e.message : (e?.stack ?? e)}`)
  process.exit(1)
})
