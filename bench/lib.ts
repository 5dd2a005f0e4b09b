/** Small helpers for HTTP benchmarks against a running backend on this machine. */

export type Sample = { ms: number; status: number }

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]
}

/**
 * Runs `total` requests with `concurrency` clients in flight, each request
 * built by `url(i)`. Bounded in count; only ever targets the given base URL.
 */
export async function load(
  url: (i: number) => string,
  opts: { total: number; concurrency: number; headers?: Record<string, string> }
): Promise<{ p50: number; p95: number; rps: number; errors: number }> {
  const samples: Sample[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < opts.total) {
      const i = next++
      const t0 = performance.now()
      const res = await fetch(url(i), { headers: opts.headers })
      await res.arrayBuffer()
      samples.push({ ms: performance.now() - t0, status: res.status })
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    rps: samples.length / seconds,
    errors: samples.filter((s) => s.status >= 400).length,
  }
}

export const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-")
