const MINUTE = 60_000

/** Waits after the 1st, 2nd, ... failed try; after the last one the message is given up and shown to the operator. */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 720].map((m) => m * MINUTE)
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

/** How long a try may take before another process may assume it crashed and take it over. */
export const SEND_LEASE_MS = 10 * MINUTE

export const retryDelay = (attempts: number) => RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]
