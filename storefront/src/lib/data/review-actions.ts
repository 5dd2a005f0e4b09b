import "server-only"
import { sdk } from "../config"
import { backendError } from "./backend"
import { authHeaders } from "./session"
import { sellerHeaders } from "./seller-session"

export type ReviewActionResult = { ok: boolean; message?: string }

const MAX_PHOTOS = 3

async function call(path: string, headers: Record<string, string>, body: unknown): Promise<ReviewActionResult> {
  try {
    await sdk.client.fetch(path, { method: "POST", headers, body: body as any })
    return { ok: true }
  } catch (e) {
    const { status, message } = backendError(e)
    // Medusa's own word for a missing login is a bare "Unauthorized"
    if (status === 401) return { ok: false, message: "Hãy đăng nhập trước (please log in first)" }
    return { ok: false, message }
  }
}

/**
 * A new review with its photos, sent to the backend as multipart: the SDK
 * would turn a body into JSON, so the form is encoded here (Response gives
 * the body and its boundary) and passed as bytes.
 */
export async function createReview(fd: FormData): Promise<ReviewActionResult> {
  const out = new FormData()
  for (const k of ["order_id", "line_item_id", "rating", "body"]) out.append(k, String(fd.get(k) ?? ""))
  const photos = fd.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0)
  for (const f of photos.slice(0, MAX_PHOTOS + 1)) out.append("photos", f, f.name)
  const encoded = new Response(out)
  const headers = { ...(await authHeaders()), "content-type": encoded.headers.get("content-type")! }
  return call("/store/ocop/reviews", headers, Buffer.from(await encoded.arrayBuffer()))
}

export async function editReview(id: string, fd: FormData): Promise<ReviewActionResult> {
  return call(`/store/ocop/reviews/${encodeURIComponent(id)}`, await authHeaders(), {
    rating: Number(fd.get("rating")),
    body: String(fd.get("body") ?? ""),
  })
}

export async function reportReview(id: string, fd: FormData): Promise<ReviewActionResult> {
  return call(`/store/ocop/reviews/${encodeURIComponent(id)}/report`, await authHeaders(), {
    reason: String(fd.get("reason") ?? ""),
  })
}

export async function markReviewHelpful(id: string): Promise<ReviewActionResult> {
  return call(`/store/ocop/reviews/${encodeURIComponent(id)}/helpful`, await authHeaders(), {})
}

export async function answerReview(id: string, fd: FormData): Promise<ReviewActionResult> {
  return call(`/producer/reviews/${encodeURIComponent(id)}/answer`, await sellerHeaders(), {
    answer: String(fd.get("answer") ?? ""),
  })
}
