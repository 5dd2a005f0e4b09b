import fs from "node:fs"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import zlib from "node:zlib"
import { from as copyFrom, to as copyTo } from "pg-copy-streams"
import { Client } from "pg"
import { schemaFingerprint } from "./database"

/**
 * A backup is a folder: manifest.json (tables, columns, sequences, the schema
 * fingerprint of the code that made it) and one gzipped COPY text file per
 * table. COPY's text format round-trips every PostgreSQL type exactly, and
 * the tables are read in one repeatable-read snapshot, so the backup is
 * consistent while the marketplace keeps running.
 */
export type Manifest = {
  format: "ocop-backup/1"
  created_at: string
  schema_fingerprint: string
  tables: { name: string; columns: string[]; rows: number }[]
  sequences: { name: string; last_value: string | null }[]
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
const columnList = (columns: string[]) => columns.map(ident).join(", ")

async function connect(url: string) {
  const client = new Client({ connectionString: url })
  await client.connect()
  return client
}

export async function backupDatabase(url: string, dir: string): Promise<Manifest> {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length)
    throw new Error(`The backup folder ${dir} is not empty: choose a new one.`)
  fs.mkdirSync(dir, { recursive: true })
  const client = await connect(url)
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    const { rows: columns } = await client.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
        ORDER BY c.table_name, c.ordinal_position`
    )
    const byTable = new Map<string, string[]>()
    for (const r of columns) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), r.column_name])
    const tables: Manifest["tables"] = []
    for (const [name, cols] of byTable) {
      const out = fs.createWriteStream(path.join(dir, `${name}.copy.gz`))
      const copy = client.query(copyTo(`COPY ${ident(name)} (${columnList(cols)}) TO STDOUT`))
      await pipeline(copy, zlib.createGzip(), out)
      tables.push({ name, columns: cols, rows: Number(copy.rowCount ?? 0) })
    }
    const { rows: sequences } = await client.query(
      "SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename"
    )
    await client.query("COMMIT")
    const manifest: Manifest = {
      format: "ocop-backup/1",
      created_at: new Date().toISOString(),
      schema_fingerprint: schemaFingerprint(),
      tables,
      sequences,
    }
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n")
    return manifest
  } finally {
    await client.end()
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json")
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup: it has no manifest.json.`)
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest
  if (manifest.format !== "ocop-backup/1") throw new Error(`${dir}: unknown backup format ${manifest.format}.`)
  return manifest
}

/**
 * Loads a backup into a migrated database of the same schema, in one
 * transaction: every table of the backup is emptied and refilled (foreign
 * keys are checked by the data's own consistency, so triggers are off while
 * loading, which needs a superuser such as the embedded server's), then the
 * sequences are set. On any error nothing changes.
 */
export async function restoreDatabase(url: string, dir: string, manifest = readManifest(dir)): Promise<void> {
  const client = await connect(url)
  try {
    await client.query("BEGIN")
    await client.query("SET LOCAL session_replication_role = replica")
    await client.query(`TRUNCATE ${manifest.tables.map((t) => ident(t.name)).join(", ")}`)
    for (const t of manifest.tables) {
      const copy = client.query(copyFrom(`COPY ${ident(t.name)} (${columnList(t.columns)}) FROM STDIN`))
      await pipeline(fs.createReadStream(path.join(dir, `${t.name}.copy.gz`)), zlib.createGunzip(), copy)
    }
    for (const s of manifest.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        ident(s.name),
        s.last_value ?? 1,
        s.last_value != null,
      ])
    }
    await client.query("COMMIT")
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {})
    throw e
  } finally {
    await client.end()
  }
}

/** Orders in a database (0 when not migrated): a restore over orders needs to be asked for. */
export async function countOrders(url: string): Promise<number> {
  const client = await connect(url)
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "order"`)
    return rows[0].n
  } catch (e: any) {
    if (e?.code === "42P01") return 0
    throw e
  } finally {
    await client.end()
  }
}
