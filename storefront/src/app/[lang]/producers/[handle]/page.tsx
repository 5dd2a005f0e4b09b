import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProducer } from "@/lib/data/catalogue"
import { dictionary, type Lang } from "@/lib/i18n"
import { SearchResults } from "@/modules/search/components/search-results"

type Props = { params: Promise<{ lang: Lang; handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const p = await getProducer(handle)
  return p ? { title: p.name } : {}
}

/** A producer: who and where, then its products on sale. */
export default async function ProducerPage({ params, searchParams }: Props) {
  const { lang, handle } = await params
  const producer = await getProducer(handle)
  if (!producer) notFound()
  const t = dictionary(lang).producer
  return (
    <>
      <p className="muted">{t.title} · {producer.type_label[lang]}</p>
      <h1>{producer.name}</h1>
      <dl className="facts">
        {producer.province ? <div className="row"><dt>{dictionary(lang).product.province}</dt><dd>{[producer.commune, producer.province.label].filter(Boolean).join(", ")}</dd></div> : null}
        {producer.address ? <div className="row"><dt>{t.address}</dt><dd>{producer.address}</dd></div> : null}
        {producer.phone ? <div className="row"><dt>{t.phone}</dt><dd><a href={`tel:${producer.phone.replace(/[^0-9+]/g, "")}`}>{producer.phone}</a></dd></div> : null}
      </dl>
      {producer.description ? <p className="description">{producer.description}</p> : null}
      <h2>{t.products}</h2>
      <SearchResults lang={lang} base={`/${lang}/producers/${handle}`} params={await searchParams} fixed={{ producer: handle }} />
    </>
  )
}
