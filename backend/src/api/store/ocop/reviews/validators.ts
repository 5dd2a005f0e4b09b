import { z } from "@medusajs/framework/zod"
import {
  MAX_ANSWER_CHARS,
  MAX_RATING,
  MAX_REVIEW_CHARS,
  MIN_RATING,
  REVIEW_SORTS,
} from "../../../../modules/reviews/lib/rules"

const text = (max: number) => z.string().trim().min(1).max(max)
// multipart fields arrive as strings: "5" is a rating of 5
const rating = z.coerce.number().int().min(MIN_RATING).max(MAX_RATING)

export const StoreCreateReview = z.object({
  order_id: z.string().min(1).max(64),
  line_item_id: z.string().min(1).max(64),
  rating,
  body: text(MAX_REVIEW_CHARS),
})
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

export const StoreEditReview = z.object({ rating: rating.optional(), body: text(MAX_REVIEW_CHARS).optional() })
export type StoreEditReviewType = z.infer<typeof StoreEditReview>

export const StoreReportReview = z.object({ reason: text(500) })

export const StoreListReviews = z.object({
  sort: z.enum(REVIEW_SORTS).default("newest"),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
})

export const ProducerAnswerReview = z.object({ answer: text(MAX_ANSWER_CHARS) })

// hiding needs a reason (the route says so); showing again does not
export const AdminSetReviewHidden = z.object({ hidden: z.boolean(), reason: z.string().trim().max(500).nullish() })

export const AdminListReviews = z.object({
  reported: z.enum(["true", "false"]).optional(),
  hidden: z.enum(["true", "false"]).optional(),
  product_id: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
