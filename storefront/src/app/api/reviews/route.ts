import { createReview } from "@/lib/data/review-actions"
import { backTo } from "./back"

/** The review form of the account page (multipart, with photos). */
export async function POST(request: Request) {
  const fd = await request.formData()
  return backTo(request, fd, await createReview(fd), "created", "reviews")
}
