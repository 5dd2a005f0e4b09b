import { queryOne } from "./database"
import { medusa } from "./run"

/**
 * Seeds the demo catalogue on first start (when no certificate exists yet; the
 * seed also builds the search index). A database seeded before search existed
 * gets its embedded index built once.
 */
export async function seedIfNeeded(databaseUrl: string, env: NodeJS.ProcessEnv, say: (m: string) => void) {
  const seeded = await queryOne(databaseUrl, "SELECT 1 FROM ocop_certificate LIMIT 1")
  if (!seeded) {
    say("seeding the demo catalogue (first start)")
    await medusa(["exec", "../seed/exec.ts"], env, false)
    return
  }
  const indexed = await queryOne(databaseUrl, "SELECT 1 FROM ocop_search_document LIMIT 1")
  if (!indexed && !env.MEILISEARCH_HOST) {
    say("building the search index")
    await medusa(["exec", "./src/scripts/search-index.ts", "reindex"], env, false)
  }
}
