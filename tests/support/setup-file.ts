/**
 * Runs in each test worker. Medusa loads modules, links and routes with Node's
 * own require, bypassing Vite, so TypeScript must be registered with ts-node.
 * startApp calls process.send(port), which would break Vitest's fork channel.
 */
import path from "node:path"

process.env.TS_NODE_PROJECT = path.resolve(__dirname, "../../backend/tsconfig.json")
// eslint-disable-next-line @typescript-eslint/no-require-imports -- registered before anything else loads
require("ts-node").register({
  transpileOnly: true,
  swc: true,
  project: process.env.TS_NODE_PROJECT,
})
const realSend = process.send?.bind(process)
process.send = ((message: unknown, ...rest: unknown[]) => {
  if (typeof message === "number") return true
  return realSend ? (realSend as any)(message, ...rest) : true
}) as typeof process.send

// medusa-config.ts names local modules relative to the backend folder.
process.chdir(path.resolve(__dirname, "../../backend"))

// Each test's database is put back in place, table by table, not copied again (fast-restore.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after ts-node's registration above
require("./fast-restore").useFastRestore()
// Each file's database is a copy of one migrated once by the global setup (migrated-template.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
require("./migrated-template").skipMigrationsOnCopies()
