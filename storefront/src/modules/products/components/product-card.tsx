import Link from "@/modules/common/components/link"
import { StarBadge } from "@/modules/common/components/star-badge"
import { CardRating } from "@/modules/reviews/components/card-rating"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import type { SearchHit } from "@/lib/types"

export function ProductCard({ hit, lang, priority = false }: { hit: SearchHit; lang: Lang; priority?: boolean }) {
  const t = dictionary(lang)
  const src = imageSrc(hit.thumbnail)
  return (
    <li className="card">
      <Link href={`/${lang}/products/${hit.handle}`} className="card-link">
        {src ? (
          <img
            src={src}
            alt=""
            width={320}
            height={240}
            className="card-image"
            {...(priority
              ? { fetchPriority: "high" as const }
              : { loading: "lazy" as const, decoding: "async" as const })}
          />
        ) : (
          <div className="card-image" />
        )}
        {/* search results carry the Vietnamese title: marked as such on an English page */}
        <span className="card-title" {...(lang === "vi" ? {} : { lang: "vi" })}>
          {hit.title}
        </span>
      </Link>
      <StarBadge stars={hit.stars} level={hit.level} lang={lang} size="sm" />
      <CardRating average={hit.rating_average} count={hit.rating_count} lang={lang} />
      <span className="card-meta">{hit.province_label}</span>
      <span className="card-meta">{hit.producer_name}</span>
      <span className="card-bottom">
        <span className="card-price">{formatVnd(hit.price, lang)}</span>
        {!hit.in_stock ? <span className="stock-out">{t.product.outOfStock}</span> : null}
      </span>
    </li>
  )
}
