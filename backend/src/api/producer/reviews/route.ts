import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { publicReview } from "../../store/ocop/reviews/present"
import type { ProducerReview } from "../../store/ocop/reviews/types"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** Reviews of the producer's own products, unanswered first, then newest. */
export async function GET(req: ProducerRequest, res: MedusaResponse<{ reviews: ProducerReview[] }>) {
  const reviews: ReviewsModuleService = req.scope.resolve(REVIEWS_MODULE)
  const rows = await reviews.listReviews({ producer_id: req.producer.id }, { order: { created_at: "DESC" }, take: 200 })
  const productIds = [...new Set(rows.map((r) => r.product_id))]
  const products = productIds.length
    ? await req.scope.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { select: ["id", "title"] })
    : []
  const titles = new Map(products.map((p) => [p.id, p.title]))
  const list = rows.map((r) => ({
    ...publicReview(r),
    product_id: r.product_id,
    product_title: titles.get(r.product_id) ?? "",
    hidden: !!r.hidden_at,
  }))
  list.sort((a, b) => Number(!!a.answer) - Number(!!b.answer))
  res.json({ reviews: list })
}
