import { dictionary, fill, type Lang } from "@/lib/i18n"
import type { SearchParams } from "@/lib/search-url"
import type { ProvinceEntry } from "@/lib/types"
import { SearchResults } from "@/modules/search/components/search-results"

/** A current province's products, including those certified under the provinces merged into it in 2025. */
export function ProvinceTemplate({
  province,
  searchParams,
  lang,
}: {
  province: ProvinceEntry
  searchParams: SearchParams
  lang: Lang
}) {
  const t = dictionary(lang).province
  const former = province.former.filter((f) => f.code !== province.code)
  return (
    <>
      <h1>{fill(t.title, { name: province.name })}</h1>
      {former.length ? (
        <p className="muted">{fill(t.formedFrom, { names: province.former.map((f) => f.name).join(", ") })}</p>
      ) : null}
      <SearchResults
        lang={lang}
        base={`/${lang}/provinces/${province.code}`}
        params={searchParams}
        fixed={{ province: province.code }}
      />
    </>
  )
}
