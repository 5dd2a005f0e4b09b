import "server-only"
import { sdk } from "../config"
import { storeGet } from "./backend"
import { authHeaders } from "./session"
import { sellerFetch } from "./seller-session"
import type { ProducerReview, StoreMyReviewsResponse, StoreProductReviewsResponse } from "../types"

export type ReviewSort = "newest" | "helpful"

/** A product's rating and a page of its reviews (never cached: a hidden review leaves at once). */
export async function getProductReviews(productId: string, sort: ReviewSort, limit = 10) {
  return storeGet<StoreProductReviewsResponse>(`/store/ocop/products/${encodeURIComponent(productId)}/reviews`, {
    sort,
    limit,
  })
}

/** The logged-in shopper's received lines and reviews; null when not logged in. */
export async function getMyReviewLines(): Promise<StoreMyReviewsResponse | null> {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  return sdk.client.fetch<StoreMyReviewsResponse>("/store/ocop/reviews", { headers }).catch(() => null)
}

/** Reviews of the logged-in producer's products. */
export async function getProducerReviews(): Promise<ProducerReview[]> {
  return (await sellerFetch<{ reviews: ProducerReview[] }>("/producer/reviews")).reviews
}
