import { connect } from "./fast-restore"
import { medusa } from "../../scripts/lib/run"

/**
 * Medusa's test runner migrates a new database for each test file (about 12 s
 * here, 20 s under load). The global setup migrates one database once, and each
 * file's database starts as a copy of it; the runner's own migration then finds
 * nothing to do (and still applies anything newer, so a copy is never behind).
 */
export const MIGRATED_TEMPLATE = "ocop_test_migrated"

async function onServer(sql: string[]): Promise<void> {
  const client = connect("postgres")
  await client.connect()
  try {
    for (const statement of sql) await client.query(statement)
  } finally {
    await client.end().catch(() => {})
  }
}

/** In the global setup: the template, migrated as `medusa db:migrate` does, without data scripts (as the runner). */
export async function buildMigratedTemplate(): Promise<void> {
  await onServer([`DROP DATABASE IF EXISTS ${MIGRATED_TEMPLATE} WITH (FORCE)`, `CREATE DATABASE ${MIGRATED_TEMPLATE}`])
  const { DB_USERNAME, DB_PASSWORD, DB_HOST, DB_PORT } = process.env
  const url = `postgres://${DB_USERNAME}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${MIGRATED_TEMPLATE}`
  await medusa(["db:migrate", "--skip-scripts"], { ...process.env, NODE_ENV: "test", DATABASE_URL: url })
}

let bootingOnCopy = false

/** Before a test file's backend boots: its database, copied from the template. */
export async function copyMigratedTemplate(databaseName: string): Promise<void> {
  await onServer([`CREATE DATABASE "${databaseName}" TEMPLATE ${MIGRATED_TEMPLATE}`])
  bootingOnCopy = true
}

/**
 * On a copy, the runner's migration and link sync have nothing to do (the
 * template was migrated by this run, from this code) but still take about 10 s
 * to find that out; they are skipped, and the project's links only loaded.
 */
export function skipMigrationsOnCopies(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the runner's own CommonJS module
  const useDb = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
  if (useDb.__ocopOnCopies) return
  const { migrateDatabase, syncLinks } = useDb
  useDb.migrateDatabase = async (appLoader: unknown) => (bootingOnCopy ? undefined : migrateDatabase(appLoader))
  useDb.syncLinks = async (appLoader: unknown, directory: string, container: any, logger: unknown) => {
    if (!bootingOnCopy) return syncLinks(appLoader, directory, container, logger)
    bootingOnCopy = false
    const { ContainerRegistrationKeys, getResolvedPlugins } = await import("@medusajs/framework/utils")
    const { LinkLoader } = await import("@medusajs/framework")
    const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const plugins = await getResolvedPlugins(directory, configModule, true)
    await new LinkLoader(
      plugins.map((plugin: any) => `${plugin.resolve}/links`),
      container.resolve(ContainerRegistrationKeys.LOGGER)
    ).load()
  }
  useDb.__ocopOnCopies = true
}
