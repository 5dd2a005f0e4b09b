/**
 * Recent search answers (facet counts, pages of hits), so repeated searches
 * (popular words, paging and sorting through one filter) skip the database.
 * An entry is dropped when this process writes to the index (generation),
 * after a few seconds (writes by other processes, such as a reindex), and at
 * the first certificate expiry among its matches, so an expired product
 * never shows or counts, even for a moment.
 */
export class SearchCache<T> {
  private entries = new Map<string, { value: T; validUntil: number; generation: number }>()
  private generation = 0

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 500
  ) {}

  invalidate() {
    this.generation++
    this.entries.clear()
  }

  get(key: string, now: number): T | null {
    const e = this.entries.get(key)
    if (!e || e.generation !== this.generation || now >= e.validUntil) return null
    return e.value
  }

  /** `firstExpiry`: the earliest expiry instant (ms) among the matches, or null when none. */
  set(key: string, value: T, now: number, firstExpiry: number | null) {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, {
      value,
      validUntil: Math.min(now + this.ttlMs, firstExpiry ?? Infinity),
      generation: this.generation,
    })
  }
}
