import type { Lang } from "@/lib/i18n"
import type { SearchHit } from "@/lib/types"
import { ProductCard } from "./product-card"

export function ProductGrid({ hits, lang }: { hits: SearchHit[]; lang: Lang }) {
  return (
    <ul className="grid" role="list">
      {hits.map((hit) => (
        <ProductCard key={hit.id} hit={hit} lang={lang} />
      ))}
    </ul>
  )
}
