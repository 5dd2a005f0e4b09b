import type { SearchSort } from "./query"

/**
 * The to_tsquery text for folded words: every word must match (as Meilisearch
 * with matchingStrategy "all"), each as itself or one of its typo candidates;
 * the last word also as a prefix, for results as you type. Words are [a-z0-9]
 * only (folded), so nothing needs escaping.
 */
export function tsQueryText(terms: string[], candidates: string[][] = [], prefix = true): string | null {
  if (!terms.length) return null
  return terms
    .map((term, i) => {
      const alternatives = [...new Set([term, ...(candidates[i] ?? [])])]
      if (prefix && i === terms.length - 1) alternatives.push(`${term}:*`)
      return `(${alternatives.join(" | ")})`
    })
    .join(" & ")
}

/** ORDER BY of a sort; "rank" is the text relevance column when there are words. */
export function orderByFor(sort: SearchSort, hasText: boolean): string {
  const relevance = hasText ? "rank desc, " : ""
  switch (sort) {
    case "price_asc":
      return "price asc nulls last, id asc"
    case "price_desc":
      return "price desc nulls last, id asc"
    case "stars_desc":
      return `stars desc, ${relevance}listed_at desc, id asc`
    case "newest":
      return "listed_at desc, id asc"
    case "rating_desc":
      // from the stored document: products without reviews last, then more reviews first
      return "(document->>'rating_average')::float desc nulls last, (document->>'rating_count')::int desc, id asc"
    default:
      return `${relevance}stars desc, listed_at desc, id asc`
  }
}

/** Words worth keeping in the typo-tolerance word list. */
export function vocabularyOf(texts: string[]): string[] {
  const words = new Set<string>()
  for (const text of texts) for (const w of text.split(" ")) if (w.length >= 4 && w.length <= 40) words.add(w)
  return [...words]
}
