/**
 * The system the bench measures, on its own data folder and free ports: the
 * embedded PostgreSQL, the Medusa server with the OCOP rule, a second one on the
 * same database with OCOP_BENCH_WITHOUT_RULE=1 (Medusa's own /store/products),
 * and the storefront's production build on its own server (storefront/server/main.ts).
 *
 * The servers run from the production build (`npm run build`: `medusa start`
 * in backend/.medusa/server, NODE_ENV=production, as `npm run start:prod`
 * runs them), or with BENCH_SERVERS=development `medusa start` in development
 * mode from the sources (what `medusa develop` forks, without its watcher).
 * Neither watches files, so edits in the checkout cannot restart a server mid-run.
 *
 * The server without the rule is accepted under production only on a database
 * that carries the bench's marker (backend/src/config/bench-mode.ts), which
 * this file writes on the bench's own embedded database before starting it.
 */
import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { BENCH_MARKER_SETTING, BENCH_MARKER_VALUE } from "../backend/src/config/bench-mode"
import { startBackend } from "../scripts/lib/backend-process"
import { BACKEND_DIR, settings } from "../scripts/lib/config"
import { queryOne } from "../scripts/lib/database"
import { freePort, RunningPostgres, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres"
import { assertBuilt, BACKEND_BUILD_DIR, linkStaticIntoBuild, productionEnv } from "../scripts/lib/production"
import { buildStorefrontIfNeeded, startStorefront } from "../scripts/lib/storefront"
import { memoryOf, Memory } from "./first-start"
import { commandLine, stopTree, tree } from "./processes"
import { readKey } from "./target"

/** Server processes per Medusa server (BENCH_CLUSTER, default 1): `medusa start --cluster N`, as OCOP_SERVERS in `npm run start:prod`. */
export const CLUSTER = Math.max(1, Math.floor(Number(process.env.BENCH_CLUSTER || 1)) || 1)

/** How the bench runs its Medusa servers: from the production build (default) or the sources in development mode. */
export const SERVER_MODE: "production" | "development" =
  process.env.BENCH_SERVERS === "development" ? "development" : "production"

export type BenchSystem = {
  databaseUrl: string
  key: string
  backendUrl: string
  withoutRuleUrl: string
  storefrontUrl: string
  /** from starting PostgreSQL to both servers and the storefront answering */
  readySeconds: number
  memory(): Memory
  stopWithoutRule(): Promise<void>
  stop(): Promise<void>
}

/** The newest modification time under a folder (the backend's sources). */
function newestFile(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestFile(file) : fs.statSync(file).mtimeMs)
  }
  return newest
}

/** A production build that is missing, or older than the backend's sources, would measure other code. */
function assertBackendBuildCurrent() {
  assertBuilt({ backend: true })
  const built = fs.statSync(path.join(BACKEND_BUILD_DIR, "medusa-config.js")).mtimeMs
  const sources = Math.max(
    newestFile(path.join(BACKEND_DIR, "src")),
    fs.statSync(path.join(BACKEND_DIR, "medusa-config.ts")).mtimeMs
  )
  if (sources > built)
    throw new Error(
      "the backend's production build is older than its sources: run `npm run build` (or BENCH_SERVERS=development)"
    )
}

/** The bench's marker on its own database: what lets the server without the rule start under production. */
async function markBenchDatabase(databaseUrl: string) {
  await queryOne(
    databaseUrl,
    `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET ${BENCH_MARKER_SETTING} = %L', current_database(), '${BENCH_MARKER_VALUE}'); END $$`
  )
}

async function startServer(
  databaseUrl: string,
  logFile: string,
  env: NodeJS.ProcessEnv
): Promise<{ proc: ChildProcess; url: string }> {
  const base = { ...process.env, ...env, DATABASE_URL: databaseUrl, MEDUSA_ADMIN_DISABLED: "true" }
  const server = await startBackend({
    port: await freePort(),
    command: "start",
    // both servers alike, so the ratios compare the same number of processes
    args: CLUSTER > 1 ? ["--cluster", String(CLUSTER)] : [],
    ...(SERVER_MODE === "production"
      ? // as `npm run start:prod` without Redis: one process that also runs the subscribers (shared), unless told
        { cwd: BACKEND_BUILD_DIR, env: productionEnv(base, env.MEDUSA_WORKER_MODE === "server" ? "server" : "shared") }
      : { env: { ...base, NODE_ENV: "development" } }),
    timeoutMs: 180_000,
    logFile,
  })
  return { proc: server.child, url: server.url }
}

/** Starts everything; on a failure, stops what had started. */
export async function startBenchSystem(dataDir: string, logs: string): Promise<BenchSystem> {
  fs.mkdirSync(logs, { recursive: true })
  const cfg = settings({ OCOP_DATA_DIR: dataDir })
  const started = performance.now()
  const stops: (() => Promise<void>)[] = []
  const stop = async () => {
    while (stops.length) await stops.pop()!().catch(() => {})
  }
  try {
    if (SERVER_MODE === "production") {
      assertBackendBuildCurrent()
      linkStaticIntoBuild()
    }
    const pg: RunningPostgres = await startEmbeddedPostgres({ dataDir: cfg.pgDataDir, port: await freePort() })
    stops.push(() => pg.stop())
    const databaseUrl = pg.urlFor(cfg.databaseName)
    await markBenchDatabase(databaseUrl)
    const [rule, alone] = await Promise.all([
      startServer(databaseUrl, path.join(logs, "backend.log"), {}),
      startServer(databaseUrl, path.join(logs, "backend-without-rule.log"), {
        OCOP_BENCH_WITHOUT_RULE: "1",
        // Medusa alone: no subscribers or jobs of the marketplace's running beside its requests
        MEDUSA_WORKER_MODE: "server",
      }),
    ])
    stops.push(() => stopTree(rule.proc.pid!))
    let aloneRunning = true
    const stopAlone = async () => {
      if (aloneRunning) await stopTree(alone.proc.pid!)
      aloneRunning = false
    }
    stops.push(stopAlone)
    await buildStorefrontIfNeeded((m) => console.error(`[bench] ${m}`))
    const key = readKey(dataDir)
    const storefrontPort = await freePort()
    const storefront = await startStorefront({ port: storefrontPort, backendUrl: rule.url, publishableKey: key })
    storefront.stdout!.resume()
    storefront.stderr!.resume()
    stops.push(() => stopTree(storefront.pid!))
    return {
      databaseUrl,
      key,
      backendUrl: rule.url,
      withoutRuleUrl: alone.url,
      storefrontUrl: `http://localhost:${storefrontPort}`,
      readySeconds: (performance.now() - started) / 1000,
      memory: () =>
        memoryOf({
          [SERVER_MODE === "production"
            ? "Medusa server (medusa start, production build)"
            : "Medusa server (medusa start in development mode, what medusa develop forks)"]: tree(rule.proc.pid!),
          // the server processes embedded-postgres started in this process, with their connections
          postgres: tree(process.pid)
            .filter((p) => /bin\/postgres/.test(commandLine(p)))
            .flatMap((p) => tree(p))
            .filter((p, i, all) => all.indexOf(p) === i),
          "storefront (its server)": tree(storefront.pid!),
        }),
      stopWithoutRule: stopAlone,
      stop,
    }
  } catch (e) {
    await stop()
    throw e
  }
}
