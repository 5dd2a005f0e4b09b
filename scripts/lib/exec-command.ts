import { openDatabase } from "./database-session"
import { SetupError } from "./embedded-postgres"
import { migrateIfNeeded } from "./migrate"
import { medusa } from "./run"

/**
 * Runs a `medusa exec` script (path relative to backend/) on the project's
 * database, migrating it first when the schema changed. Our "--flags" are
 * passed as plain words: the Medusa CLI would read them as its own options.
 */
export async function runExecScript(script: string, args: string[]): Promise<void> {
  const db = await openDatabase()
  try {
    const env = { ...process.env, DATABASE_URL: db.url, MEDUSA_DISABLE_TELEMETRY: "true" }
    await migrateIfNeeded(db.url, env, (m) => console.log(`[ocop] ${m}`))
    await medusa(["exec", script, ...args.map((a) => a.replace(/^--/, ""))], env, false)
  } finally {
    await db.close()
  }
}

/** Entry point wrapper: one-line errors, exit code 1. */
export function main(run: () => Promise<void>) {
  run().catch((e) => {
    console.error(`[ocop] ${e instanceof SetupError ? e.message : (e?.message ?? e)}`)
    process.exit(1)
  })
}
