/**
 * `npm test` takes minutes and boots its own backends, databases and browser, so the
 * bench times it only when asked (BENCH_NPM_TEST=1), after its own system has stopped.
 */
import fs from "node:fs"
import { ROOT } from "../scripts/lib/config"
import { run } from "../scripts/lib/run"

export async function timeNpmTest(logFile: string): Promise<{ seconds: number; detail: string }> {
  const started = performance.now()
  let output: string
  let passed = true
  try {
    output = await run("npm", ["test"], { cwd: ROOT, quiet: true })
  } catch (e: any) {
    output = e?.message ?? String(e)
    passed = false
  }
  output = output.replace(/\x1b\[[0-9;]*m/g, "") // colours
  fs.writeFileSync(logFile, output)
  // vitest's summary line, e.g. "Tests  258 passed | 1 skipped (259)"
  const tests = /Tests\s+(.+\(\d+\))/.exec(output)?.[1]?.trim() ?? "no summary"
  return { seconds: (performance.now() - started) / 1000, detail: `${passed ? "" : "FAILED, "}${tests}` }
}
