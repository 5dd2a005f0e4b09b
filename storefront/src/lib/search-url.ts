/** The search's state lives in the URL: these build and read it. */

export type SearchParams = Record<string, string | string[] | undefined>

/** Parameters the backend search route understands; anything else in the URL is ignored. */
const PASSED = [
  "q",
  "province",
  "stars",
  "stars_min",
  "group",
  "producer_type",
  "producer",
  "price_min",
  "price_max",
  "in_stock",
  "sort",
  "page",
  "limit",
]

export function searchQuery(params: SearchParams): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of PASSED) {
    const value = params[key]
    if (value != null && value !== "") query[key] = Array.isArray(value) ? value.join(",") : value
  }
  return query
}

/** The same search with one parameter set, or removed when it already has that value; back on page 1. */
export function withParam(base: string, params: Record<string, string>, key: string, value: string | null): string {
  const next = new URLSearchParams(params)
  next.delete("page")
  if (value == null || next.get(key) === value) next.delete(key)
  else next.set(key, value)
  const qs = next.toString()
  return qs ? `${base}?${qs}` : base
}
