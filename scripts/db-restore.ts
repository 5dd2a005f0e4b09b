/**
 * `npm run db:restore <folder> [replace]`: loads a backup made by db:backup
 * into the marketplace's database (embedded or DATABASE_URL), migrating an
 * empty one first. A database that already holds orders is replaced only when
 * asked ("replace"), and only with the marketplace stopped. All or nothing.
 */
import path from "node:path"
import { countOrders, readManifest, restoreDatabase } from "./lib/backup"
import { schemaFingerprint } from "./lib/database"
import { openDatabase } from "./lib/database-session"
import { main } from "./lib/exec-command"
import { migrateIfNeeded } from "./lib/migrate"

main(async () => {
  const [folder, ...flags] = process.argv.slice(2)
  if (!folder) throw new Error("Say which backup to restore: npm run db:restore -- backups/ocop-<date-time>")
  const dir = path.resolve(folder)
  const manifest = readManifest(dir)
  if (manifest.schema_fingerprint !== schemaFingerprint()) {
    throw new Error(
      `${dir} was made by another version of the marketplace (a different database schema): restore it with that version, then upgrade.`
    )
  }
  const db = await openDatabase()
  try {
    const orders = await countOrders(db.url)
    if (orders > 0 && !flags.some((f) => /^-*replace$/.test(f))) {
      throw new Error(
        `The database already holds ${orders} orders: to replace everything in it with the backup, stop the marketplace and run npm run db:restore -- ${folder} replace`
      )
    }
    await migrateIfNeeded(db.url, process.env, (m) => console.log(`[ocop] ${m}`))
    const started = Date.now()
    await restoreDatabase(db.url, dir, manifest)
    const restored = manifest.tables.find((t) => t.name === "order")?.rows ?? 0
    console.log(
      `[ocop] restored ${manifest.tables.length} tables (${restored} orders) from ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  } finally {
    await db.close()
  }
})
