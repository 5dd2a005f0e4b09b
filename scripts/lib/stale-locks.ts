import { Client } from "pg"

/**
 * Removes every lock of Medusa's PostgreSQL locking provider (its `locking`
 * table). Only for a moment when no Medusa process of this marketplace runs
 * (`npm start` and `npm run start:prod` before they start theirs): each lock
 * left then belongs to a process that died holding it, such as a checkout
 * killed with its cart locked, which would otherwise refuse that cart for
 * the lock's two-minute lease. Nothing to do without the table (Redis locking).
 */
export async function clearDeadProcessLocks(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.locking') IS NOT NULL AS present`)
    if (!rows[0].present) return 0
    return (await client.query(`DELETE FROM locking`)).rowCount ?? 0
  } finally {
    await client.end()
  }
}
