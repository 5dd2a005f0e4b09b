import { queryOne } from "./database"
import { medusa } from "./run"

/** Seeds the demo catalogue on first start (when no product exists yet). */
export async function seedIfNeeded(databaseUrl: string, env: NodeJS.ProcessEnv, say: (m: string) => void) {
  const seeded = await queryOne(databaseUrl, "SELECT 1 FROM ocop_certificate LIMIT 1")
  if (seeded) return
  say("seeding the demo catalogue (first start)")
  await medusa(["exec", "../seed/exec.ts"], env, false)
}
