import { ChildProcess, execFile, spawn } from "node:child_process"
import { promisify } from "node:util"
import { freePort } from "../../scripts/lib/embedded-postgres"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Debian's redis-server on a free port, nothing saved to disk; stop() and start() again on the same port. */
export class RedisServer {
  port = 0
  private child: ChildProcess | null = null

  get url() {
    return `redis://localhost:${this.port}`
  }

  async start() {
    this.port ||= await freePort()
    const child = spawn("redis-server", ["--port", String(this.port), "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.on("error", () => {}) // reported below
    let out = ""
    child.stdout!.on("data", (c: Buffer) => (out = (out + c).slice(-4000)))
    this.child = child
    for (let waited = 0; !/Ready to accept connections/.test(out); waited += 50) {
      if (child.exitCode != null || waited > 10_000)
        throw new Error(`redis-server did not start (apt-get install -y redis-server):\n${out}`)
      await sleep(50)
    }
  }

  /** One command through Debian's redis-cli (raw output, one line per reply element). */
  async cli(...args: string[]): Promise<string[]> {
    const { stdout } = await promisify(execFile)("redis-cli", ["-p", String(this.port), "--raw", ...args])
    return stdout.replace(/\n$/, "").split("\n")
  }

  async stop() {
    const child = this.child
    if (!child || child.exitCode != null) return
    child.kill("SIGKILL")
    while (child.exitCode == null && child.signalCode == null) await sleep(50)
    this.child = null
  }
}
