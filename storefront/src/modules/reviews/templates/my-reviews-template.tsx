import "../reviews.css"
import { fill, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import type { ReviewableLine } from "@/lib/types"
import { reviewsText } from "../i18n"
import { RatingInput } from "../components/rating-input"
import { ReviewItem } from "../components/review-item"

/** Each received line: its review form while open, or the review with its one edit. */
export function MyReviewsTemplate({
  lang,
  lines,
  notice,
}: {
  lang: Lang
  lines: ReviewableLine[]
  notice: { ok: boolean; message: string } | null
}) {
  const t = reviewsText(lang)
  const back = `/${lang}/account/reviews`
  return (
    <section id="reviews" aria-labelledby="my-reviews-heading">
      <h1 id="my-reviews-heading">{t.mine}</h1>
      <p className="muted">{t.mineIntro}</p>
      {notice ? (
        <p role="alert" className={notice.ok ? "success" : "error"} data-testid="review-notice">
          {notice.message}
        </p>
      ) : null}
      {!lines.length ? <p>{t.noLines}</p> : null}
      <ul className="review-lines">
        {lines.map((l) => (
          <li key={l.line_item_id} className="review-line" data-testid="review-line">
            <p className="review-line-head">
              {l.thumbnail ? <img src={imageSrc(l.thumbnail) ?? undefined} alt="" width={64} height={48} /> : null}
              <strong>{l.title}</strong>{" "}
              <span className="muted">
                {fill(t.order, { n: l.order_display_id })} ·{" "}
                {fill(t.receivedOn, { date: formatDate(l.received_at, lang) })}
              </span>
            </p>
            {l.review ? (
              <>
                <h2 className="visually-hidden">{t.yours}</h2>
                <ul className="review-list">
                  <ReviewItem review={l.review} lang={lang} />
                </ul>
                {l.review.can_edit ? (
                  <details>
                    <summary>{t.edit}</summary>
                    <form method="post" action={`/api/reviews/${l.review.id}/edit`} className="review-form">
                      <input type="hidden" name="back" value={back} />
                      <RatingInput t={t} name="rating" value={l.review.rating} />
                      <label>
                        {t.body}
                        <textarea name="body" required maxLength={4000} rows={4} defaultValue={l.review.body} />
                      </label>
                      <button type="submit">{t.saveEdit}</button>
                    </form>
                  </details>
                ) : null}
              </>
            ) : l.open ? (
              <form method="post" action="/api/reviews" encType="multipart/form-data" className="review-form">
                <p className="muted">{fill(t.until, { date: formatDate(l.review_until, lang) })}</p>
                <input type="hidden" name="back" value={back} />
                <input type="hidden" name="order_id" value={l.order_id} />
                <input type="hidden" name="line_item_id" value={l.line_item_id} />
                <RatingInput t={t} name="rating" />
                <label>
                  {t.body}
                  <textarea name="body" required maxLength={4000} rows={4} />
                </label>
                <label>
                  {t.photos}
                  <input type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple />
                </label>
                <button type="submit">{t.submit}</button>
              </form>
            ) : (
              <p className="muted">{t.closed}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
