import "../reviews.css"
import Link from "@/modules/common/components/link"
import { fill, type Lang } from "@/lib/i18n"
import type { StoreProductReviewsResponse } from "@/lib/types"
import { reviewsText } from "../i18n"
import { ReviewItem } from "./review-item"
import { Stars } from "./stars"

/** The product page's reviews: average, count, per-star bars, then the reviews newest or most helpful first. */
export function ProductReviews({
  data,
  lang,
  path,
  notice,
  more,
}: {
  data: StoreProductReviewsResponse
  lang: Lang
  /** the product's reviews page (sort links, and where forms come back to) */
  path: string
  /** on the product page: a link to all the reviews when there are more than shown */
  more?: string | null
  notice?: { ok: boolean; message: string } | null
}) {
  const t = reviewsText(lang)
  const { summary } = data
  const avg = summary.average?.toLocaleString(lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 1 })
  const back = `${path}${data.sort === "helpful" ? "?sort=helpful" : ""}`
  return (
    <section aria-labelledby="reviews-heading" className="reviews" id="reviews" data-testid="reviews">
      <h2 id="reviews-heading">{t.heading}</h2>
      {notice ? (
        <p role="alert" className={notice.ok ? "success" : "error"} data-testid="review-notice">
          {notice.message}
        </p>
      ) : null}
      {summary.count ? (
        <div className="review-summary">
          <p className="review-average" data-testid="review-average">
            <span className="review-average-number">{avg}</span>{" "}
            <Stars value={summary.average ?? 0} label={fill(t.average, { avg: avg ?? "" })} />{" "}
            <span>{fill(t.count, { n: summary.count })}</span>
          </p>
          <table className="review-distribution" aria-label={t.distribution}>
            <tbody>
              {summary.distribution.map((d) => (
                <tr key={d.stars}>
                  <th scope="row">{fill(t.starsRow, { stars: d.stars })}</th>
                  <td>
                    <meter min={0} max={summary.count} value={d.count} aria-hidden="true" />
                  </td>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t.none}</p>
      )}
      {data.reviews.length ? (
        <>
          <nav aria-label={t.sort} className="review-sort">
            {(["newest", "helpful"] as const).map((s) =>
              s === data.sort ? (
                <strong key={s} aria-current="true">
                  {t[s]}
                </strong>
              ) : (
                <Link key={s} href={`${path}${s === "helpful" ? "?sort=helpful" : ""}#reviews`}>
                  {t[s]}
                </Link>
              )
            )}
          </nav>
          <ul className="review-list">
            {data.reviews.map((r) => (
              <ReviewItem
                key={r.id}
                review={r}
                lang={lang}
                actions={
                  <div className="review-actions">
                    <form method="post" action={`/api/reviews/${r.id}/helpful`}>
                      <input type="hidden" name="back" value={back} />
                      <button type="submit" className="link-button">
                        {t.markHelpful}
                      </button>
                    </form>
                    <details>
                      <summary>{t.report}</summary>
                      <form method="post" action={`/api/reviews/${r.id}/report`}>
                        <input type="hidden" name="back" value={back} />
                        <label>
                          {t.reportReason}
                          <input name="reason" required maxLength={500} />
                        </label>
                        <button type="submit">{t.report}</button>
                      </form>
                    </details>
                  </div>
                }
              />
            ))}
          </ul>
          {more ? (
            <p>
              <Link href={more} data-testid="all-reviews">
                {fill(t.all, { n: summary.count })}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
