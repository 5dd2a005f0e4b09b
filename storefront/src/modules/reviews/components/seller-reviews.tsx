import "../reviews.css"
import { fill, type Lang } from "@/lib/i18n"
import type { ProducerReview } from "@/lib/types"
import { reviewsText } from "../i18n"
import { ReviewItem } from "./review-item"

/** The producer portal's reviews of its products, each with its one public answer. */
export function SellerReviews({
  reviews,
  lang,
  notice,
}: {
  reviews: ProducerReview[]
  lang: Lang
  notice: { ok: boolean; message: string } | null
}) {
  const t = reviewsText(lang)
  const back = `/${lang}/seller`
  return (
    <section aria-labelledby="seller-reviews-heading" id="seller-reviews" data-testid="seller-reviews">
      <h2 id="seller-reviews-heading">{t.sellerHeading}</h2>
      {notice ? (
        <p role="alert" className={notice.ok ? "success" : "error"} data-testid="review-notice">
          {notice.message}
        </p>
      ) : null}
      {!reviews.length ? <p>{t.sellerNone}</p> : null}
      <ul className="review-list">
        {reviews.map((r) => (
          <ReviewItem
            key={r.id}
            review={r}
            lang={lang}
            actions={
              <>
                <p className="muted">
                  {r.product_title}
                  {r.hidden ? ` · ${t.hidden}` : ""}
                </p>
                {!r.answer ? (
                  <form method="post" action={`/api/reviews/${r.id}/answer`} className="review-form">
                    <input type="hidden" name="back" value={back} />
                    <label>
                      {t.reply}
                      <textarea name="answer" required maxLength={2000} rows={3} />
                    </label>
                    <button type="submit">{t.sendReply}</button>
                  </form>
                ) : null}
              </>
            }
          />
        ))}
      </ul>
      <p className="visually-hidden">{fill(t.count, { n: reviews.length })}</p>
    </section>
  )
}
