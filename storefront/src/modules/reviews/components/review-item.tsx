import { fill, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import type { PublicReview } from "@/lib/types"
import { reviewsText } from "../i18n"
import { Stars } from "./stars"

/**
 * One review as anyone sees it. Every text (the buyer's, the producer's) is
 * rendered as text by React: markup typed into a review is shown, never run.
 * `actions` are the forms under it (helpful, report, answer).
 */
export function ReviewItem({ review, lang, actions }: { review: PublicReview; lang: Lang; actions?: React.ReactNode }) {
  const t = reviewsText(lang)
  return (
    <li className="review" id={`review-${review.id}`} data-testid="review">
      <p className="review-head">
        <Stars value={review.rating} label={fill(t.average, { avg: review.rating })} />{" "}
        <strong>{review.author_name}</strong> <span className="review-verified">✓ {t.verified}</span>{" "}
        <span className="muted">
          {formatDate(review.created_at, lang)}
          {review.edited_at ? ` · ${t.edited}` : ""}
        </span>
      </p>
      <p className="review-body">{review.body}</p>
      {review.photos.length ? (
        <p className="review-photos">
          {review.photos.map((p, i) => (
            <a key={p.url} href={imageSrc(p.url) ?? undefined}>
              <img
                src={imageSrc(p.url) ?? undefined}
                alt={`${t.photo} ${i + 1}`}
                width={96}
                height={96}
                loading="lazy"
              />
            </a>
          ))}
        </p>
      ) : null}
      {review.answer ? (
        <div className="review-answer" data-testid="review-answer">
          <p>
            <strong>{t.answer}</strong> <span className="muted">{formatDate(review.answer.answered_at, lang)}</span>
          </p>
          <p className="review-body">{review.answer.body}</p>
        </div>
      ) : null}
      {review.helpful_count ? <p className="muted">{fill(t.helpfulCount, { n: review.helpful_count })}</p> : null}
      {actions}
    </li>
  )
}
