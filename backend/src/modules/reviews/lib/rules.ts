/** The review rules' numbers, in one place. */
export const REVIEW_WINDOW_DAYS = 30
export const MIN_RATING = 1
export const MAX_RATING = 5
export const MAX_REVIEW_PHOTOS = 3
export const MAX_REVIEW_PHOTO_BYTES = 5 * 1024 * 1024
export const MAX_REVIEW_CHARS = 4000
export const MAX_ANSWER_CHARS = 2000
export const REVIEW_SORTS = ["newest", "helpful"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** Whether a line received at `receivedAt` may still be reviewed at `at`. */
export function withinReviewWindow(receivedAt: Date, at: Date): boolean {
  return at.getTime() - receivedAt.getTime() <= REVIEW_WINDOW_DAYS * 86_400_000
}

export type RatingSummary = {
  average: number | null
  count: number
  /** reviews per star, 5 down to 1 */
  distribution: { stars: number; count: number }[]
}

/** Average to one decimal (4.5), as shoppers read it; null without reviews. */
export function ratingSummary(counts: Map<number, number>): RatingSummary {
  let count = 0
  let sum = 0
  const distribution: RatingSummary["distribution"] = []
  for (let stars = MAX_RATING; stars >= MIN_RATING; stars--) {
    const n = counts.get(stars) ?? 0
    distribution.push({ stars, count: n })
    count += n
    sum += n * stars
  }
  return { average: count ? Math.round((sum / count) * 10) / 10 : null, count, distribution }
}
