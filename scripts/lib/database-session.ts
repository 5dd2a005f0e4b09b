import { settings } from "./config"
import { queryOne } from "./database"
import { PG_PASSWORD, PG_USER, RunningPostgres, startEmbeddedPostgres } from "./embedded-postgres"

/**
 * The database a one-off command (seed, reindex, backup) works on: DATABASE_URL,
 * the embedded PostgreSQL of a running `npm start`, or that PostgreSQL started
 * for the duration of the command.
 */
export async function openDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  const cfg = settings()
  if (cfg.externalDatabaseUrl) return { url: cfg.externalDatabaseUrl, close: async () => {} }
  let pg: RunningPostgres
  try {
    pg = await startEmbeddedPostgres({ dataDir: cfg.pgDataDir, port: cfg.pgPort })
  } catch (e: any) {
    if (/already in use/.test(e?.message ?? "")) {
      // most likely `npm start` is running: use its server if it answers as ours
      const url = `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${cfg.pgPort}/${cfg.databaseName}`
      if (await queryOne(url, "SELECT 1 AS ok").catch(() => undefined)) return { url, close: async () => {} }
      throw new Error(
        `${e.message} If that is this project's database (npm start is running), set DATABASE_URL=postgres://postgres:postgres@localhost:${cfg.pgPort}/${cfg.databaseName} and run the command again.`
      )
    }
    throw e
  }
  await pg.createDatabase(cfg.databaseName)
  return { url: pg.urlFor(cfg.databaseName), close: () => pg.stop() }
}
