// PostgreSQL and driver signs that the database cannot be reached right now
// (server down, restarting, connection dropped, pool starved), as opposed to a
// bad query: these deserve a 503 and a retry, not a 500.
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
])
const MESSAGES =
  /connection terminated|connection ended unexpectedly|timeout acquiring a connection|the database system is (shutting down|starting up)|terminating connection due to administrator command|Connection Error|connect ECONNREFUSED|Client has encountered a connection error/i

/** Whether an error (or one it wraps) says the database is out of reach. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false
  const e = err as {
    code?: unknown
    message?: unknown
    name?: unknown
    cause?: unknown
    originalError?: unknown
    errors?: unknown
  }
  if (typeof e.code === "string" && CODES.has(e.code)) return true
  if (e.name === "KnexTimeoutError" || e.name === "ConnectionException") return true
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])]
  return nested.some((n) => isDatabaseUnavailable(n, depth + 1))
}
