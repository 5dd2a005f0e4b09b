import { answerReview, editReview, markReviewHelpful, reportReview } from "@/lib/data/review-actions"
import { backTo } from "../../back"

const ACTIONS = {
  edit: editReview,
  report: reportReview,
  helpful: (id: string) => markReviewHelpful(id),
  answer: answerReview,
}

/** One review's forms: the author's edit, anyone's report, a helpful vote, the producer's answer. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; action: string }> }) {
  const { id, action } = await params
  const fd = await request.formData()
  const run = ACTIONS[action as keyof typeof ACTIONS]
  if (!run) return new Response("Not found", { status: 404 })
  return backTo(request, fd, await run(id, fd), action, `review-${id}`)
}
