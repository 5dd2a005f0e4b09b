import type { Metadata } from "next"
import { languageAlternates } from "@/lib/seo"
import { dictionary, type Lang } from "@/lib/i18n"
import type { SearchParams } from "@/lib/search-url"
import { SearchTemplate } from "@/modules/search/templates/search-template"

type Props = { params: Promise<{ lang: Lang }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang } = await params
  const { q } = await searchParams
  // every search and filter is one canonical page: the plain results list
  return {
    title: typeof q === "string" && q ? q : dictionary(lang).nav.search,
    alternates: languageAlternates(lang, "/search"),
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { lang } = await params
  return <SearchTemplate searchParams={await searchParams} lang={lang} />
}
