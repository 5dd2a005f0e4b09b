import type { Lang } from "@/lib/i18n"
import { reviewsText } from "./i18n"

/** What the last review form said, from the query its route handler came back with. */
export function reviewNotice(
  query: Record<string, string | string[] | undefined>,
  lang: Lang
): { ok: boolean; message: string } | null {
  const t = reviewsText(lang)
  const error = typeof query.review_error === "string" ? query.review_error : null
  if (error) return { ok: false, message: error }
  const done = query.review_ok
  if (done === "created" || done === "edit" || done === "answer") return { ok: true, message: t.saved }
  if (done === "report") return { ok: true, message: t.reported }
  return null
}
