/** The backend a benchmark talks to: its address and the storefront's publishable key. */
import fs from "node:fs"
import path from "node:path"
import { settings } from "../scripts/lib/config"

export type Backend = { base: string; headers: Record<string, string> }

export const backendAt = (base: string, key: string): Backend => ({ base, headers: { "x-publishable-api-key": key } })

export function readKey(dataDir: string): string {
  const file = path.join(dataDir, "publishable-key")
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : ""
}

/** A backend already running (npm start): BACKEND_URL or localhost:PORT, PUBLISHABLE_KEY or the data folder's key. */
export function attachedBackend(env = process.env): Backend {
  const cfg = settings(env)
  const key = env.PUBLISHABLE_KEY || readKey(cfg.dataDir)
  if (!key) throw new Error("No publishable key: start the marketplace (npm start) first, or set PUBLISHABLE_KEY.")
  return backendAt(env.BACKEND_URL || `http://localhost:${cfg.backendPort}`, key)
}

/** A JSON request that fails with the status and Medusa's message. */
export async function call(
  b: Backend,
  method: "GET" | "POST",
  route: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<any> {
  const res = await fetch(`${b.base}${route}`, {
    method,
    headers: { ...b.headers, ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text.slice(0, 200)}`)
  return text ? JSON.parse(text) : {}
}

/** Entry point of a stand-alone benchmark: one-line errors, exit code 1. */
export function runMain(main: () => Promise<void>) {
  main().catch((e) => {
    console.error(e?.message ?? e)
    process.exit(1)
  })
}

/** The stand-alone scripts keep their concurrency (README's older tables); `npm run bench` uses 1 and 32. */
export const STANDALONE_CLIENTS = [1, 16]
