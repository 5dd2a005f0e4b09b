import type { Metadata } from "next"
import { SearchResults } from "@/modules/search/components/search-results"
import { dictionary, type Lang } from "@/lib/i18n"

type Props = { params: Promise<{ lang: Lang }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang } = await params
  const { q } = await searchParams
  return { title: typeof q === "string" && q ? q : dictionary(lang).nav.search }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { lang } = await params
  return (
    <>
      <h1>{dictionary(lang).search.label}</h1>
      <SearchResults lang={lang} base={`/${lang}/search`} params={await searchParams} />
    </>
  )
}
