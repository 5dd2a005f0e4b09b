import { settings } from "./config"
import { RunningPostgres, startEmbeddedPostgres } from "./embedded-postgres"

/**
 * The database a one-off command (seed, reindex) works on: DATABASE_URL, or the
 * embedded PostgreSQL started for the duration of the command.
 */
export async function openDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  const cfg = settings()
  if (cfg.externalDatabaseUrl) return { url: cfg.externalDatabaseUrl, close: async () => {} }
  let pg: RunningPostgres
  try {
    pg = await startEmbeddedPostgres({ dataDir: cfg.pgDataDir, port: cfg.pgPort })
  } catch (e: any) {
    if (/already in use/.test(e?.message ?? "")) {
      throw new Error(
        `${e.message} If that is this project's database (npm start is running), set DATABASE_URL=postgres://postgres:postgres@localhost:${cfg.pgPort}/${cfg.databaseName} and run the command again.`
      )
    }
    throw e
  }
  await pg.createDatabase(cfg.databaseName)
  return { url: pg.urlFor(cfg.databaseName), close: () => pg.stop() }
}
