import { readSchemaFingerprint, schemaFingerprint, writeSchemaFingerprint } from "./database"
import { medusa } from "./run"

/**
 * Runs Medusa's migrations when the schema changed since the database was last
 * migrated (first start, a new Medusa version or new migrations); otherwise
 * does nothing, which saves about 15 s per start.
 */
export async function migrateIfNeeded(
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  say: (m: string) => void
): Promise<boolean> {
  const fingerprint = schemaFingerprint()
  if ((await readSchemaFingerprint(databaseUrl)) === fingerprint) return false
  say("migrating the database (first start or new migrations)")
  await medusa(["db:migrate"], { ...env, DATABASE_URL: databaseUrl })
  await writeSchemaFingerprint(databaseUrl, fingerprint)
  return true
}
