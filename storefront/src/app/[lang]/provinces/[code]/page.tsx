import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listProvinces } from "@/lib/data/catalogue"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { SearchResults } from "@/modules/search/components/search-results"

type Props = { params: Promise<{ lang: Lang; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

async function provinceOf(code: string) {
  return (await listProvinces()).find((p) => p.code === code)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, code } = await params
  const p = await provinceOf(code)
  return p ? { title: fill(dictionary(lang).province.title, { name: p.name }) } : {}
}

/** A current province's products, including those certified under the provinces merged into it in 2025. */
export default async function ProvincePage({ params, searchParams }: Props) {
  const { lang, code } = await params
  const province = await provinceOf(code)
  if (!province) notFound()
  const t = dictionary(lang).province
  const former = province.former.filter((f) => f.code !== province.code)
  return (
    <>
      <h1>{fill(t.title, { name: province.name })}</h1>
      {former.length ? <p className="muted">{fill(t.formedFrom, { names: province.former.map((f) => f.name).join(", ") })}</p> : null}
      <SearchResults lang={lang} base={`/${lang}/provinces/${code}`} params={await searchParams} fixed={{ province: code }} />
    </>
  )
}
