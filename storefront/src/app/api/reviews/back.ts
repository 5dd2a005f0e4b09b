import { NextResponse } from "next/server"
import type { ReviewActionResult } from "@/lib/data/review-actions"

/**
 * Back to the page the form was on (a path of this site only), saying how it
 * went in the query: these forms post to route handlers, which take photos of
 * any allowed size (a server action's body is capped at 1 MB) and work
 * without JavaScript.
 */
export function backTo(request: Request, fd: FormData, result: ReviewActionResult, done: string, anchor = "") {
  const raw = String(fd.get("back") ?? "/")
  const path = raw.startsWith("/") && !raw.startsWith("//") && !raw.includes("\\") ? raw : "/"
  const url = new URL(path, request.url)
  url.searchParams.delete("review_error")
  url.searchParams.delete("review_ok")
  if (result.ok) url.searchParams.set("review_ok", done)
  else url.searchParams.set("review_error", (result.message ?? "").slice(0, 300))
  url.hash = anchor
  return NextResponse.redirect(url, 303)
}
