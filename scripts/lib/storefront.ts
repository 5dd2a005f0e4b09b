import { spawn, ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import lockfile from "proper-lockfile"
import { ROOT } from "./config"
import { run } from "./run"

export const STOREFRONT_DIR = path.join(ROOT, "storefront")
const STAMP = path.join(STOREFRONT_DIR, ".next", "ocop-source-hash")

/** A fingerprint of everything that goes into the production build. */
function sourceHash(): string {
  const hash = crypto.createHash("sha1")
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else hash.update(file).update(fs.readFileSync(file))
    }
  }
  walk(path.join(STOREFRONT_DIR, "src"))
  for (const f of ["next.config.ts", "package.json", "tsconfig.json"])
    hash.update(fs.readFileSync(path.join(STOREFRONT_DIR, f)))
  return hash.digest("hex")
}

const nextBin = () => require.resolve("next/dist/bin/next", { paths: [STOREFRONT_DIR] })

/**
 * Builds the storefront for production unless the last build was of the same sources.
 * One build at a time across processes (test files run in parallel share the folder).
 */
export async function buildStorefrontIfNeeded(log: (m: string) => void = () => {}): Promise<boolean> {
  const built = () =>
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === sourceHash() &&
    fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID"))
  if (built()) return false
  const release = await lockfile.lock(STOREFRONT_DIR, {
    lockfilePath: path.join(STOREFRONT_DIR, ".build.lock"),
    retries: { retries: 600, minTimeout: 500, maxTimeout: 500 },
  })
  try {
    if (built()) return false
    log("building the storefront (next build, once per change of its sources)")
    const hash = sourceHash()
    await run(process.execPath, [nextBin(), "build"], {
      cwd: STOREFRONT_DIR,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      quiet: true,
    })
    fs.writeFileSync(STAMP, hash)
    return true
  } finally {
    await release()
  }
}

/** The storefront's server (Next's build behind the page cache, storefront/server/main.ts) on a port, talking to the given backend; resolves once it answers. */
export async function startStorefront(opts: {
  port: number
  backendUrl: string
  publishableKey: string
  env?: NodeJS.ProcessEnv
}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "-p", String(opts.port)], {
    cwd: STOREFRONT_DIR,
    env: {
      ...process.env,
      ...opts.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      MEDUSA_BACKEND_URL: opts.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: opts.publishableKey,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const until = Date.now() + 60_000
  for (;;) {
    if (child.exitCode != null) throw new Error(`the storefront exited (code ${child.exitCode})`)
    const ok = await fetch(`http://localhost:${opts.port}/vi/verify`).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return child
    if (Date.now() > until) throw new Error("the storefront did not start within 60 s")
    await new Promise((r) => setTimeout(r, 250))
  }
}
