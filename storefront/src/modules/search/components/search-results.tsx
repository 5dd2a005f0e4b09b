import Link from "@/modules/common/components/link"
import { EmptyState } from "@/modules/common/components/empty-state"
import { searchProducts } from "@/lib/data/search"
import { searchQuery, withParam, type SearchParams } from "@/lib/search-url"
import { dictionary, fill, fillCount, type Lang } from "@/lib/i18n"
import { formatNumber } from "@/lib/format"
import { Facets } from "./facets"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { Pagination } from "@/modules/common/components/pagination"
import { SortSelect } from "./sort-select"
import { reviewsText } from "@/modules/reviews/i18n"

const SORTS = ["relevance", "price_asc", "price_desc", "stars_desc", "newest", "rating_desc"] as const

/**
 * A search with facets, sort and pages, all held in the URL. `fixed` are the
 * page's own filters (a province page's province), kept out of the links.
 */
export async function SearchResults({
  lang,
  base,
  params,
  fixed = {},
}: {
  lang: Lang
  base: string
  params: SearchParams
  fixed?: Record<string, string>
}) {
  const t = dictionary(lang)
  const own = searchQuery(params)
  const data = await searchProducts({ ...own, ...fixed })
  const hrefFor = Object.fromEntries(SORTS.map((s) => [s, withParam(base, own, "sort", s === "relevance" ? null : s)]))
  const filtered = Object.keys(own).some((k) => !["q", "sort", "page"].includes(k))
  return (
    <div className="results-layout">
      <Facets data={data} params={own} base={base} lang={lang} />
      <section aria-labelledby="results-heading" className="results">
        <div className="results-bar">
          <h2 id="results-heading" aria-live="polite">
            {fillCount(t.search.results, data.total, formatNumber(data.total, lang))}{" "}
            <small className="muted">{fill(t.search.took, { ms: data.took_ms })}</small>
          </h2>
          <SortSelect
            value={own.sort ?? "relevance"}
            options={SORTS.map((s) => [s, s === "rating_desc" ? reviewsText(lang).sortByRating : t.search.sorts[s]])}
            label={t.search.sort}
            hrefFor={hrefFor}
          />
        </div>
        {data.query.province_from_text ? (
          <p className="notice" data-testid="province-from-text">
            {fill(t.search.provinceFromText, { name: data.query.province_from_text.name })}
          </p>
        ) : null}
        {filtered ? (
          <p>
            <Link href={own.q ? `${base}?q=${encodeURIComponent(own.q)}` : base}>{t.search.clearFilters}</Link>
          </p>
        ) : null}
        {data.hits.length ? (
          <ProductGrid hits={data.hits} lang={lang} priority />
        ) : (
          <EmptyState title={t.search.noResults} body={t.search.noResultsHint} icon="🔍" />
        )}
        <Pagination page={data.page} pages={data.pages} base={base} params={own} lang={lang} />
      </section>
    </div>
  )
}
