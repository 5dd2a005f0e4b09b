import type { Metadata } from "next"
import { languageAlternates } from "@/lib/seo"
import { notFound } from "next/navigation"
import { getProducer } from "@/lib/data/catalogue"
import type { Lang } from "@/lib/i18n"
import type { SearchParams } from "@/lib/search-url"
import { ProducerTemplate } from "@/modules/producers/templates/producer-template"

type Props = { params: Promise<{ lang: Lang; handle: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, handle } = await params
  const p = await getProducer(handle)
  return p
    ? {
        title: p.name,
        description: p.description ?? undefined,
        alternates: languageAlternates(lang, `/producers/${handle}`),
      }
    : {}
}

/** A producer: who and where, then its products on sale. */
export default async function ProducerPage({ params, searchParams }: Props) {
  const { lang, handle } = await params
  const producer = await getProducer(handle)
  if (!producer) notFound()
  return <ProducerTemplate producer={producer} handle={handle} searchParams={await searchParams} lang={lang} />
}
