/** Latency statistics and a bounded load generator for the benchmarks. */

export type Stats = { p50: number; p95: number; rate: number; count: number; errors: number }

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]
}

/** p50/p95 of durations in ms; `rate` is completed tasks per second of `seconds`. */
export function summarize(ms: number[], seconds: number, errors = 0): Stats {
  const sorted = [...ms].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    rate: ms.length / seconds,
    count: ms.length,
    errors,
  }
}

/**
 * Runs task(0..total-1) with `concurrency` in flight; returns each task's
 * duration (ms, failures excluded), the failures, and the wall time.
 */
export async function pool(total: number, concurrency: number, task: (i: number) => Promise<void>) {
  const ms: number[] = []
  const failures: unknown[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < total) {
      const i = next++
      const t0 = performance.now()
      try {
        await task(i)
        ms.push(performance.now() - t0)
      } catch (e) {
        failures.push(e)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker))
  return { ms, failures, seconds: (performance.now() - started) / 1000 }
}

/** GETs `url(i)` `total` times with `concurrency` clients; a status >= 400 counts as an error. */
export async function load(
  url: (i: number) => string,
  opts: { total: number; concurrency: number; headers?: Record<string, string> }
): Promise<Stats> {
  const run = await pool(opts.total, opts.concurrency, async (i) => {
    const res = await fetch(url(i), { headers: opts.headers })
    await res.arrayBuffer() // time to the full response
    if (res.status >= 400) throw new Error(`${res.status} ${url(i)}`)
  })
  return summarize(run.ms, run.seconds, run.failures.length)
}

/** A warm-up round, then the measured one: 1 client makes `perClient` requests, N clients 10 each. */
export async function measure(
  url: (i: number) => string,
  concurrency: number,
  headers?: Record<string, string>,
  perClient = 60
) {
  const warm = Math.max(10, concurrency)
  await load(url, { total: warm, concurrency, headers })
  // the measured round continues the sequence, so it never repeats the warm-up's requests
  return load((i) => url(warm + i), { total: concurrency === 1 ? perClient : concurrency * 10, concurrency, headers })
}

export const fmt = (n: number) => (!Number.isFinite(n) ? "-" : n >= 100 ? n.toFixed(0) : n.toFixed(1))
