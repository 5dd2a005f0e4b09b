import type { PublicReview } from "./types"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** The public face of a review row: never the buyer's id, order, line or email. */
export function publicReview(r: any): PublicReview {
  return {
    id: r.id,
    rating: r.rating,
    body: r.body,
    photos: (Array.isArray(r.photos) ? r.photos : []).map((p: any) => ({ url: String(p.url) })),
    author_name: r.author_name,
    verified_purchase: true,
    created_at: iso(r.created_at)!,
    edited_at: iso(r.edited_at),
    helpful_count: Number(r.helpful_count ?? 0),
    answer: r.answer ? { body: r.answer, answered_at: iso(r.answered_at)! } : null,
  }
}
