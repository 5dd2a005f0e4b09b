import { dictionary, type Lang } from "@/lib/i18n"
import type { SearchParams } from "@/lib/search-url"
import { SearchResults } from "@/modules/search/components/search-results"

/** The full results page of a search: facets, sort and pages, all held in the URL. */
export function SearchTemplate({ searchParams, lang }: { searchParams: SearchParams; lang: Lang }) {
  return (
    <>
      <h1>{dictionary(lang).search.label}</h1>
      <SearchResults lang={lang} base={`/${lang}/search`} params={searchParams} />
    </>
  )
}
