// ioredis's signs that Redis (locks, events, workflows, limits) cannot be
// reached right now: a 503 and a retry, not a 500.
const MESSAGES =
  /Connection is closed|Stream isn't writeable|enableOfflineQueue|max retries per request|MaxRetriesPerRequest|Redis connection|redis.*ECONNREFUSED/i

/** Whether an error (or one it wraps) says Redis is out of reach. */
export function isRedisUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false
  const e = err as { message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown }
  if (e.name === "MaxRetriesPerRequestError") return true
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true
  return [e.cause, e.originalError].some((n) => isRedisUnavailable(n, depth + 1))
}
