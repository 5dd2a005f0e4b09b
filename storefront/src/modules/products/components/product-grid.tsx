import type { Lang } from "@/lib/i18n"
import type { SearchHit } from "@/lib/types"
import { ProductCard } from "./product-card"

/** Cards of the first row a phone shows (two columns): their images are not lazy. */
const FIRST_ROW = 2

/**
 * A grid of product cards. `priority` for the page's first grid near the top:
 * its first row's images load at once and first (the page's largest paint on a
 * phone), the others when they come near the screen.
 */
export function ProductGrid({ hits, lang, priority = false }: { hits: SearchHit[]; lang: Lang; priority?: boolean }) {
  return (
    <ul className="grid" role="list">
      {hits.map((hit, i) => (
        <ProductCard key={hit.id} hit={hit} lang={lang} priority={priority && i < FIRST_ROW} />
      ))}
    </ul>
  )
}
