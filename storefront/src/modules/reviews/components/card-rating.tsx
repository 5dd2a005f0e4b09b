import "../reviews.css"
import type { Lang } from "@/lib/i18n"
import { fill } from "@/lib/i18n"
import { reviewsText } from "../i18n"

/** A search card's rating: "4,5★ (12)"; nothing when the product has no review. */
export function CardRating({ average, count, lang }: { average: number | null; count: number; lang: Lang }) {
  if (average == null || !count) return null
  const t = reviewsText(lang)
  const avg = average.toLocaleString(lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 1 })
  return (
    <span className="card-rating" data-testid="card-rating" aria-label={fill(t.ratingLabel, { avg, n: count })}>
      {fill(t.ratingShort, { avg, n: count })}
    </span>
  )
}
