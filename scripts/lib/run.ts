import { spawn, SpawnOptions } from "node:child_process"
import { BACKEND_DIR } from "./config"

/** Runs a command to completion, failing with its output's tail if it fails. */
export function run(cmd: string, args: string[], opts: SpawnOptions & { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...opts })
    let out = ""
    const collect = (chunk: Buffer) => {
      out += chunk.toString()
      if (!opts.quiet) process.stdout.write(chunk)
    }
    child.stdout?.on("data", collect)
    child.stderr?.on("data", collect)
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(" ")} failed (exit ${code}):\n${out.split("\n").slice(-30).join("\n")}`))
    )
  })
}

/** Runs the Medusa CLI in the backend folder. */
export function medusa(args: string[], env: NodeJS.ProcessEnv, quiet = true): Promise<string> {
  return run(process.execPath, [require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] }), ...args], {
    cwd: BACKEND_DIR,
    env,
    quiet,
  })
}
