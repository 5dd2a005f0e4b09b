import type { Metadata } from "next"
import { languageAlternates } from "@/lib/seo"
import { notFound } from "next/navigation"
import { getProvince } from "@/lib/data/catalogue"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import type { SearchParams } from "@/lib/search-url"
import { ProvinceTemplate } from "@/modules/search/templates/province-template"

type Props = { params: Promise<{ lang: Lang; code: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, code } = await params
  const p = await getProvince(code)
  return p
    ? {
        title: fill(dictionary(lang).province.title, { name: p.name }),
        alternates: languageAlternates(lang, `/provinces/${code}`),
      }
    : {}
}

/** A current province's products, including those certified under the provinces merged into it in 2025. */
export default async function ProvincePage({ params, searchParams }: Props) {
  const { lang, code } = await params
  const province = await getProvince(code)
  if (!province) notFound()
  return <ProvinceTemplate province={province} searchParams={await searchParams} lang={lang} />
}
