import Link from "@/modules/common/components/link"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import type { SearchResponse } from "@/lib/types"
import { withParam } from "@/lib/search-url"
import { SELLABLE_STARS } from "@/lib/stars"

type Params = Record<string, string>

/**
 * Facets as links: each one narrows the search (or, when chosen, widens it
 * again), so every state has a URL that can be shared and works without JS.
 */
export function Facets({
  data,
  params,
  base,
  lang,
}: {
  data: SearchResponse
  params: Params
  base: string
  lang: Lang
}) {
  const t = dictionary(lang)
  const option = (key: string, value: string, label: React.ReactNode, count: number) => {
    const chosen = params[key] === value
    return (
      <li key={`${key}-${value}`}>
        <Link
          href={withParam(base, params, key, value)}
          aria-current={chosen ? "true" : undefined}
          className={chosen ? "facet chosen" : "facet"}
          rel="nofollow"
        >
          <span>{label}</span> <span className="facet-count">{count}</span>
        </Link>
      </li>
    )
  }
  const { facets } = data
  return (
    <aside className="facets" aria-label={t.search.filters}>
      {/* folded on a phone (results first), always open on a wide screen (see globals.css) */}
      <details className="facets-panel">
        <summary>{t.search.filters}</summary>
        <section>
          <h2>{t.facets.stars}</h2>
          <ul>
            {SELLABLE_STARS.map((n) =>
              option(
                "stars_min",
                String(n),
                fill(t.facets.starsAtLeast, { n }),
                facets.stars.filter((s) => s.value >= n).reduce((a, s) => a + s.count, 0)
              )
            )}
          </ul>
        </section>
        <section>
          <h2>{t.facets.province}</h2>
          <ul>
            {facets.province.map((p) =>
              option(
                "province",
                p.code,
                <>
                  {p.name}
                  {p.former.length ? (
                    <small className="former">
                      {" "}
                      ({fill(t.facets.formerNames, { names: p.former.map((f) => f.name).join(", ") })})
                    </small>
                  ) : null}
                </>,
                p.count
              )
            )}
          </ul>
        </section>
        <section>
          <h2>{t.facets.group}</h2>
          <ul>{facets.group.map((g) => option("group", g.code, g.label[lang], g.count))}</ul>
        </section>
        <section>
          <h2>{t.facets.producerType}</h2>
          <ul>{facets.producer_type.map((g) => option("producer_type", g.code, g.label[lang], g.count))}</ul>
        </section>
        <section>
          <h2>{t.facets.price}</h2>
          <ul>
            {facets.price
              .filter((b) => b.count > 0)
              .map((b) => {
                const value = `${b.min}-${b.max ?? ""}`
                const chosen =
                  params.price_min === String(b.min) &&
                  (params.price_max ?? "") === (b.max != null ? String(b.max - 1) : "")
                const next = new URLSearchParams(params)
                next.delete("page")
                if (chosen) {
                  next.delete("price_min")
                  next.delete("price_max")
                } else {
                  next.set("price_min", String(b.min))
                  if (b.max != null) next.set("price_max", String(b.max - 1))
                  else next.delete("price_max")
                }
                return (
                  <li key={value}>
                    <Link
                      href={`${base}?${next}`}
                      className={chosen ? "facet chosen" : "facet"}
                      aria-current={chosen ? "true" : undefined}
                      rel="nofollow"
                    >
                      <span>{t.priceBands[b.key as keyof typeof t.priceBands]}</span>{" "}
                      <span className="facet-count">{b.count}</span>
                    </Link>
                  </li>
                )
              })}
          </ul>
        </section>
      </details>
    </aside>
  )
}
