import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import { BACKEND_DIR } from "./config"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export type BackendProcess = {
  child: ChildProcess
  url: string
  /** Everything it printed so far (for a failing test's message). */
  output(): string
  /** Stops its whole process group (the server it forks included) and waits until all of it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Signals a whole process group (a server and what it forked) and waits
 * until every member has exited; after 15 s, kills what is left.
 */
export async function stopProcessGroup(pgid: number, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  try {
    process.kill(-pgid, signal)
  } catch {
    return
  }
  for (let waited = 0; waited < 15_000 && groupAlive(pgid); waited += 100) await sleep(100)
  if (groupAlive(pgid)) process.kill(-pgid, "SIGKILL")
  while (groupAlive(pgid)) await sleep(100)
}

/**
 * `medusa develop` (or `start`) in its own process group on a port, resolved once
 * /health answers. The group matters: develop forks the server, and killing
 * only the parent would orphan it on the port.
 */
export async function startBackend(opts: {
  port: number
  env: NodeJS.ProcessEnv
  command?: "develop" | "start"
  /** more arguments to the command (`--cluster 2 --servers 2`) */
  args?: string[]
  /** where to run it: the project (default), or a production build's folder */
  cwd?: string
  timeoutMs?: number
  logFile?: string
}): Promise<BackendProcess> {
  const child = spawn(
    process.execPath,
    [
      require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] }),
      opts.command ?? "develop",
      ...(opts.args ?? []),
    ],
    {
      cwd: opts.cwd ?? BACKEND_DIR,
      env: { ...opts.env, PORT: String(opts.port), MEDUSA_DISABLE_TELEMETRY: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }
  )
  let out = ""
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  if (opts.logFile) {
    const log = fs.createWriteStream(opts.logFile)
    child.stdout!.pipe(log)
    child.stderr!.pipe(log)
  }
  const url = `http://localhost:${opts.port}`
  const proc: BackendProcess = {
    child,
    url,
    output: () => out,
    stop: (signal = "SIGTERM") => stopProcessGroup(child.pid!, signal),
  }
  const until = Date.now() + (opts.timeoutMs ?? 120_000)
  for (;;) {
    if (child.exitCode != null)
      throw new Error(`the backend exited while starting (code ${child.exitCode}):\n${out.slice(-3000)}`)
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false
      )
    )
      return proc
    if (Date.now() > until) {
      await proc.stop("SIGKILL")
      throw new Error(`the backend did not answer within ${(opts.timeoutMs ?? 120_000) / 1000} s:\n${out.slice(-3000)}`)
    }
    await sleep(250)
  }
}
