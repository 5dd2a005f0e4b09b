// Runs in the browser (the search box): no "server-only" and no SDK here.

/** One result as you type, trimmed to what the list under the search box shows (built by /api/suggest). */
export type Suggestion = { handle: string; title: string; stars: number; province_label: string; price_text: string }

/** The storefront's own /api/suggest for what is typed; null when it cannot answer. */
export async function fetchSuggestions(lang: string, text: string): Promise<Suggestion[] | null> {
  const res = await fetch(`/api/suggest?lang=${lang}&q=${encodeURIComponent(text)}`).catch(() => null)
  if (!res?.ok) return null
  return (await res.json()).suggestions
}
