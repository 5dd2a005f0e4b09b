/**
 * A user's first start, timed: `npm start`'s script (scripts/start.ts) on an
 * empty data folder and free ports, from spawning it to its "ready" line, and
 * the memory of what it runs then. Ctrl-C (SIGINT) stops it, as a user does.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "../scripts/lib/config"
import { freePort } from "../scripts/lib/embedded-postgres"
import { commandLine, memoryMb, stopTree, tree } from "./processes"

export type Memory = Record<string, { processes: number; rss: number; pss: number }>

export const memoryOf = (parts: Record<string, number[]>): Memory =>
  Object.fromEntries(Object.entries(parts).map(([name, pids]) => [name, { processes: pids.length, ...memoryMb(pids) }]))

/** What the script's children are, by their command line; each one's descendants go with it. */
function parts(script: number): Record<string, number[]> {
  const out: Record<string, number[]> = {
    "backend (medusa develop, its server, the admin bundler)": [],
    postgres: [],
    "storefront (its server)": [],
    "the start script": [script],
  }
  const [backend, postgres, storefront] = Object.values(out)
  const taken = new Set([script])
  for (const pid of tree(script)) {
    if (taken.has(pid)) continue
    const cmd = commandLine(pid)
    const part = /@medusajs\/cli/.test(cmd)
      ? backend
      : /bin\/postgres/.test(cmd)
        ? postgres
        : /next/.test(cmd)
          ? storefront
          : undefined
    if (!part) continue
    for (const p of tree(pid)) {
      taken.add(p)
      part.push(p)
    }
  }
  return out
}

export async function firstStart(dataDir: string, logFile: string): Promise<{ seconds: number; memory: Memory }> {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)
  const ports = { OCOP_PG_PORT: await freePort(), PORT: await freePort(), STOREFRONT_PORT: await freePort() }
  const started = performance.now()
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      OCOP_DATA_DIR: dataDir,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  // migrations, seed and maybe a storefront build take minutes, not half an hour
  const timer = setTimeout(() => void stopTree(proc.pid!, "SIGINT"), 30 * 60_000)
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        log.write(chunk)
        if (/marketplace ready in/.test(chunk.toString())) resolve()
      }
      proc.stdout!.on("data", onData)
      proc.stderr!.on("data", onData)
      proc.on("exit", (code) =>
        reject(new Error(`npm start's script exited (code ${code}) before ready; see ${logFile}`))
      )
    })
    const seconds = (performance.now() - started) / 1000
    return { seconds, memory: memoryOf(parts(proc.pid!)) }
  } finally {
    clearTimeout(timer)
    await stopTree(proc.pid!, "SIGINT", 60_000)
  }
}
