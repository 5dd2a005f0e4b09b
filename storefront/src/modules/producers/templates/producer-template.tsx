import type { PublicProducer } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { langAttr, localized } from "@/lib/localized"
import type { SearchParams } from "@/lib/search-url"
import { SearchResults } from "@/modules/search/components/search-results"

/** A producer: who and where, then its products on sale. */
export function ProducerTemplate({
  producer,
  handle,
  searchParams,
  lang,
}: {
  producer: PublicProducer
  handle: string
  searchParams: SearchParams
  lang: Lang
}) {
  const t = dictionary(lang).producer
  const name = localized(lang, producer.name, producer.name_en)
  const description = producer.description ? localized(lang, producer.description, producer.description_en) : null
  return (
    <>
      <p className="muted">
        {t.title} · {producer.type_label[lang]}
      </p>
      <h1 {...langAttr(name, lang)}>{name.text}</h1>
      <dl className="facts">
        {producer.province ? (
          <div className="row">
            <dt>{dictionary(lang).product.province}</dt>
            <dd>{[producer.commune, producer.province.label].filter(Boolean).join(", ")}</dd>
          </div>
        ) : null}
        {producer.address ? (
          <div className="row">
            <dt>{t.address}</dt>
            <dd>{producer.address}</dd>
          </div>
        ) : null}
        {producer.phone ? (
          <div className="row">
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${producer.phone.replace(/[^0-9+]/g, "")}`}>{producer.phone}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {description ? (
        <p className="description" {...langAttr(description, lang)}>
          {description.text}
        </p>
      ) : null}
      <h2>{t.products}</h2>
      <SearchResults
        lang={lang}
        base={`/${lang}/producers/${handle}`}
        params={searchParams}
        fixed={{ producer: handle }}
      />
    </>
  )
}
