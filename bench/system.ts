/**
 * The system the bench measures, on its own data folder and free ports: the
 * embedded PostgreSQL, the Medusa server with the OCOP rule, a second one on the
 * same database with OCOP_BENCH_WITHOUT_RULE=1 (Medusa's own /store/products),
 * and the storefront's production build under `next start`.
 *
 * The servers run `medusa start` in development mode, which is what
 * `medusa develop` forks, without develop's file watcher: others edit this
 * checkout while the bench runs, and a watcher would restart the server mid-run.
 */
import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { startBackend } from "../scripts/lib/backend-process"
import { settings } from "../scripts/lib/config"
import { freePort, RunningPostgres, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres"
import { buildStorefrontIfNeeded, startStorefront } from "../scripts/lib/storefront"
import { memoryOf, Memory } from "./first-start"
import { commandLine, stopTree, tree } from "./processes"
import { readKey } from "./target"

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

async function startServer(
  databaseUrl: string,
  logFile: string,
  env: NodeJS.ProcessEnv
): Promise<{ proc: ChildProcess; url: string }> {
  const server = await startBackend({
    port: await freePort(),
    command: "start",
    env: { ...process.env, ...env, NODE_ENV: "development", DATABASE_URL: databaseUrl, MEDUSA_ADMIN_DISABLED: "true" },
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
    const pg: RunningPostgres = await startEmbeddedPostgres({ dataDir: cfg.pgDataDir, port: await freePort() })
    stops.push(() => pg.stop())
    const databaseUrl = pg.urlFor(cfg.databaseName)
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
          "Medusa server (medusa start, what medusa develop forks)": tree(rule.proc.pid!),
          // the server processes embedded-postgres started in this process, with their connections
          postgres: tree(process.pid)
            .filter((p) => /bin\/postgres/.test(commandLine(p)))
            .flatMap((p) => tree(p))
            .filter((p, i, all) => all.indexOf(p) === i),
          "storefront (next start)": tree(storefront.pid!),
        }),
      stopWithoutRule: stopAlone,
      stop,
    }
  } catch (e) {
    await stop()
    throw e
  }
}
