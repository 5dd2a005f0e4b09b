/**
 * Recent search answers (facet counts, pages of hits), so repeated searches
 * (popular words, paging and sorting through one filter) skip the heavy
 * queries. Each entry belongs to one version of the index, a token every
 * process reads from the database at each search and every write renews:
 * the moment any process writes to the index, every process's entries of
 * the old version stop answering. An entry also ends at the first
 * certificate expiry among its matches, so an expired product never shows or
 * counts, even for a moment.
 */
export class SearchCache<T> {
  private entries = new Map<string, { value: T; validUntil: number; version: string }>()

  constructor(private readonly maxEntries = 500) {}

  invalidate() {
    this.entries.clear()
  }

  get(key: string, now: number, version: string): T | null {
    const e = this.entries.get(key)
    if (!e || e.version !== version || now >= e.validUntil) return null
    return e.value
  }

  /** `firstExpiry`: the earliest expiry instant (ms) among the matches, or null when none. */
  set(key: string, value: T, now: number, firstExpiry: number | null, version: string) {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { value, validUntil: firstExpiry ?? Infinity, version })
  }
}
