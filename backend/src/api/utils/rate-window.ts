/**
 * Counts events per key in fixed time windows, in this process's memory (a
 * restart forgets them; several backend processes each count their own).
 */
export class RateWindow {
  private counts = new Map<string, { n: number; until: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number
  ) {}

  /** Milliseconds until the key may try again, or 0 if it is under the limit. */
  blockedFor(key: string, now = Date.now()): number {
    const c = this.counts.get(key)
    return c && c.until > now && c.n >= this.limit ? c.until - now : 0
  }

  hit(key: string, now = Date.now()): void {
    const c = this.counts.get(key)
    if (!c || c.until <= now) {
      if (this.counts.size > 50_000) this.sweep(now)
      this.counts.set(key, { n: 1, until: now + this.windowMs })
    } else c.n++
  }

  reset(key: string): void {
    this.counts.delete(key)
  }

  private sweep(now: number) {
    for (const [k, c] of this.counts) if (c.until <= now) this.counts.delete(k)
  }
}
