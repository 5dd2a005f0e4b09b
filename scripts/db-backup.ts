/**
 * `npm run db:backup [folder]`: a consistent copy of the marketplace's
 * database (embedded or DATABASE_URL), taken while it runs, into a new folder
 * (default backups/ocop-<date-time>). Restore with `npm run db:restore <folder>`.
 */
import path from "node:path"
import { ROOT } from "./lib/config"
import { backupDatabase } from "./lib/backup"
import { openDatabase } from "./lib/database-session"
import { main } from "./lib/exec-command"

main(async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)
  const dir = path.resolve(process.argv[2] || path.join(ROOT, "backups", `ocop-${stamp}`))
  const db = await openDatabase()
  try {
    const started = Date.now()
    const manifest = await backupDatabase(db.url, dir)
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0)
    const orders = manifest.tables.find((t) => t.name === "order")?.rows ?? 0
    console.log(
      `[ocop] backed up ${manifest.tables.length} tables, ${rows} rows (${orders} orders) to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  } finally {
    await db.close()
  }
})
