import Link from "@/modules/common/components/link"
import { dictionary, fillCount, type Lang } from "@/lib/i18n"
import type { SearchResponse } from "@/lib/types"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SELLABLE_STARS } from "@/lib/stars"

/** Home: 5-star picks, provinces with product counts, product groups, newly certified products. */
export function HomeTemplate({
  lang,
  fiveStar,
  newest,
}: {
  lang: Lang
  fiveStar: SearchResponse
  newest: SearchResponse
}) {
  const t = dictionary(lang)
  const { facets } = newest
  return (
    <>
      <section className="hero">
        <h1>{t.siteName}</h1>
        <p>{t.tagline}</p>
        <ul className="trust-points" role="list">
          {t.home.trust.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="five-star">
        <h2 id="five-star">{t.home.fiveStar}</h2>
        <ProductGrid hits={fiveStar.hits} lang={lang} priority />
        <p>
          <Link href={`/${lang}/search?stars=${SELLABLE_STARS[0]}`}>{t.home.seeAll}</Link>
        </p>
      </section>

      <section aria-labelledby="by-province">
        <h2 id="by-province">{t.home.byProvince}</h2>
        <ul className="province-grid" role="list">
          {facets.province.map((p) => (
            <li key={p.code}>
              <Link href={`/${lang}/provinces/${p.code}`} className="province-tile">
                <span className="province-name">{p.name}</span>
                {p.former.length ? <span className="former">{p.former.map((f) => f.name).join(", ")}</span> : null}
                <span className="muted">{fillCount(t.home.products, p.count)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-group">
        <h2 id="by-group">{t.home.byGroup}</h2>
        <ul className="chips" role="list">
          {facets.group.map((g) => (
            <li key={g.code}>
              <Link href={`/${lang}/search?group=${g.code}`} className="chip">
                {g.label[lang]} <span className="facet-count">{g.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="newest">
        <h2 id="newest">{t.home.newest}</h2>
        <ProductGrid hits={newest.hits} lang={lang} />
        <p>
          <Link href={`/${lang}/search?sort=newest`}>{t.home.seeAll}</Link>
        </p>
      </section>
    </>
  )
}
