/**
 * `npm run seed` loads the demo catalogue; `npm run seed -- --synthetic 20000`
 * a generated one for benchmarks. Idempotent: existing products are skipped.
 */
import { readSchemaFingerprint, schemaFingerprint, writeSchemaFingerprint } from "./lib/database"
import { openDatabase } from "./lib/database-session"
import { SetupError } from "./lib/embedded-postgres"
import { medusa } from "./lib/run"

async function main() {
  const args = process.argv.slice(2)
  const db = await openDatabase()
  try {
    const env = { ...process.env, DATABASE_URL: db.url, MEDUSA_DISABLE_TELEMETRY: "true" }
    const fingerprint = schemaFingerprint()
    if ((await readSchemaFingerprint(db.url)) !== fingerprint) {
      console.log("[ocop] migrating the database")
      await medusa(["db:migrate"], env)
      await writeSchemaFingerprint(db.url, fingerprint)
    }
    // the Medusa CLI reads "--x" as its own options: pass ours as plain words
    await medusa(["exec", "../seed/exec.ts", ...args.map((a) => a.replace(/^--/, ""))], env, false)
  } finally {
    await db.close()
  }
}

main().catch((e) => {
  console.error(`[ocop] ${e instanceof SetupError ? e.message : e?.message ?? e}`)
  process.exit(1)
})
