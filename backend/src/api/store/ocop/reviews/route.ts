import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../../modules/reviews"
import type ReviewsModuleService from "../../../../modules/reviews/service"
import { cleanReviewPhoto } from "../../../../modules/reviews/lib/photos"
import { REVIEW_WINDOW_DAYS, withinReviewWindow } from "../../../../modules/reviews/lib/rules"
import { createReviewWorkflow } from "../../../../workflows/review/create-review"
import { receivedLines } from "../../../../workflows/review/utils/received-lines"
import { publicReview } from "./present"
import type { StoreMyReviewsResponse } from "./types"
import type { StoreCreateReviewType } from "./validators"

/** The shopper's received lines: which can be reviewed now (and until when), and their reviews. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreMyReviewsResponse>) {
  const now = new Date()
  const lines = await receivedLines(req.scope, req.auth_context.actor_id)
  const reviews: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
  const mine = lines.length ? await reviews.listReviews({ line_item_id: lines.map((l) => l.line_item_id) }) : []
  const byLine = new Map(mine.map((r) => [r.line_item_id, r]))
  res.json({
    lines: lines
      .sort((a, b) => b.received_at.getTime() - a.received_at.getTime())
      .map((l) => {
        const review = byLine.get(l.line_item_id)
        return {
          ...l,
          received_at: l.received_at.toISOString(),
          review_until: new Date(l.received_at.getTime() + REVIEW_WINDOW_DAYS * 86_400_000).toISOString(),
          open: !review && withinReviewWindow(l.received_at, now),
          review: review ? { ...publicReview(review), can_edit: !review.edited_at } : null,
        }
      }),
  })
}

/**
 * A review of one received line, with up to 3 photos (multipart "photos").
 * Each photo is decoded and re-encoded here (content checked, metadata
 * stripped) before anything is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const files = ((req as any).files ?? []) as { originalname: string; buffer: Buffer }[]
  const photos: { filename: string; content: string }[] = []
  for (const [i, f] of files.entries()) {
    const clean = await cleanReviewPhoto(f.buffer)
    if (!clean) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Ảnh thứ ${i + 1} không phải ảnh JPEG, PNG hoặc WebP hợp lệ (photo ${i + 1} is not a valid JPEG, PNG or WebP image)`
      )
    }
    // our own name: the client's file name is not trusted
    photos.push({ filename: `review-${Date.now()}-${i}.jpg`, content: clean.toString("base64") })
  }
  const { order_id, line_item_id, rating, body } = req.validatedBody
  const { result } = await createReviewWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      order_id,
      line_item_id,
      rating,
      body,
      photos,
      at: new Date().toISOString(),
    },
  })
  res.status(201).json({ review: publicReview(result) })
}
