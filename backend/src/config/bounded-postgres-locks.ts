import { AsyncLocalStorage } from "node:async_hooks"
import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"

// at most this many execute() calls of one process hold or wait for an advisory lock at once
const MAX_LOCK_CONNECTIONS = Number(process.env.OCOP_LOCK_CONNECTIONS || 4)

/**
 * Medusa's PostgreSQL locking provider (2.21.2) waits for an advisory lock
 * inside a transaction, holding a pooled connection, and the job it then runs
 * needs connections of its own: twenty concurrent stock returns took the whole
 * pool waiting while the one holding the lock waited for a connection, for
 * ever (seen in CI). Its execute() is wrapped once here, before Medusa loads
 * it: a process lets a few calls at a time reach PostgreSQL, the rest wait in
 * memory, in order, without a connection. A call made inside a job (a nested
 * lock) goes straight through, so it never waits for its own caller's place.
 * Which process gets a lock is still decided by PostgreSQL alone.
 */
export function boundPostgresLockConnections() {
  const proto = PostgresAdvisoryLockProvider.prototype as any
  if (proto.__ocopBounded) return
  const execute = proto.execute
  const inJob = new AsyncLocalStorage<true>()
  let running = 0
  const waiting: (() => void)[] = []
  proto.execute = async function (this: unknown, keys: unknown, job: () => Promise<unknown>, args: unknown) {
    if (inJob.getStore()) return execute.call(this, keys, job, args)
    if (running >= MAX_LOCK_CONNECTIONS) await new Promise<void>((go) => waiting.push(go))
    else running++
    try {
      return await inJob.run(true, () => execute.call(this, keys, job, args))
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
  proto.__ocopBounded = true
}
