import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import { BACKEND_DIR } from "./config"

/** Runs one query on a short-lived connection; missing tables read as "nothing there". */
export async function queryOne<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const res = await client.query(sql, params)
    return res.rows[0]
  } catch (e: any) {
    if (e?.code === "42P01") return undefined // undefined_table: not migrated yet
    throw e
  } finally {
    await client.end()
  }
}

/**
 * Fingerprint of everything that changes the schema: Medusa's version and our
 * modules' migrations and links. When unchanged, a later start skips migrating.
 */
export function schemaFingerprint(): string {
  const hash = crypto.createHash("sha256")
  const medusaPkg = require.resolve("@medusajs/medusa/package.json", { paths: [BACKEND_DIR] })
  hash.update(JSON.parse(fs.readFileSync(medusaPkg, "utf8")).version)
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/migrations|links/.test(full) && full.endsWith(".ts")) hash.update(full).update(fs.readFileSync(full))
    }
  }
  walk(path.join(BACKEND_DIR, "src/modules"))
  walk(path.join(BACKEND_DIR, "src/links"))
  // which of Medusa's modules are configured (locking on PostgreSQL brings a table of its own)
  for (const file of fs.readdirSync(path.join(BACKEND_DIR, "src/config")).sort())
    hash.update(fs.readFileSync(path.join(BACKEND_DIR, "src/config", file)))
  hash.update(process.env.REDIS_URL ? "locking on Redis" : "locking on PostgreSQL")
  return hash.digest("hex")
}

export async function readSchemaFingerprint(url: string): Promise<string | undefined> {
  const row = await queryOne(url, "SELECT value FROM ocop_meta WHERE key = 'schema_fingerprint'").catch(() => undefined)
  return row?.value
}

export async function writeSchemaFingerprint(url: string, value: string): Promise<void> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("CREATE TABLE IF NOT EXISTS ocop_meta (key text PRIMARY KEY, value text NOT NULL)")
    await client.query(
      "INSERT INTO ocop_meta (key, value) VALUES ('schema_fingerprint', $1) ON CONFLICT (key) DO UPDATE SET value = $1",
      [value]
    )
  } finally {
    await client.end()
  }
}
