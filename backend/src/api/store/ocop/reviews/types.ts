/**
 * Response shapes of the review routes, the one definition the storefront
 * reads (`import type` only: no runtime imports here). Instants are ISO strings.
 */
import type { RatingSummary } from "../../../../modules/reviews/lib/rules"

export type { RatingSummary }

/** A review as anyone sees it: no buyer id, order or email, only the first name they gave. */
export type PublicReview = {
  id: string
  rating: number
  body: string
  photos: { url: string }[]
  author_name: string
  /** always true: only buyers who received the line can write one ("Đã mua hàng") */
  verified_purchase: true
  created_at: string
  edited_at: string | null
  helpful_count: number
  answer: { body: string; answered_at: string } | null
}

/** GET /store/ocop/products/:id/reviews */
export type StoreProductReviewsResponse = {
  summary: RatingSummary
  reviews: PublicReview[]
  count: number
  limit: number
  offset: number
  sort: "newest" | "helpful"
}

/** A received line the shopper may review now, or has reviewed. */
export type ReviewableLine = {
  order_id: string
  order_display_id: number
  line_item_id: string
  product_id: string
  title: string
  thumbnail: string | null
  received_at: string
  /** the last instant a review can be written */
  review_until: string
  open: boolean
  review: (PublicReview & { can_edit: boolean }) | null
}

/** GET /store/ocop/reviews (the logged-in shopper's) */
export type StoreMyReviewsResponse = { lines: ReviewableLine[] }

/** GET /producer/reviews */
export type ProducerReview = PublicReview & { product_id: string; product_title: string; hidden: boolean }
