import { NextResponse, type NextRequest } from "next/server"
import { searchProducts } from "@/lib/data/search"
import type { Suggestion } from "@/lib/data/suggestions"
import { formatVnd } from "@/lib/format"
import { isLang } from "@/lib/i18n"

/** Results as you type: the first six hits of the backend search, trimmed to what the list shows. */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200)
  const lang = request.nextUrl.searchParams.get("lang") ?? "vi"
  if (!q.trim()) return NextResponse.json({ suggestions: [] })
  try {
    const { hits } = await searchProducts({ q, limit: "6" })
    const suggestions = hits.map((h): Suggestion => ({
      handle: h.handle,
      title: h.title,
      stars: h.stars,
      province_label: h.province_label,
      price_text: formatVnd(h.price, isLang(lang) ? lang : "vi"),
    }))
    return NextResponse.json({ suggestions }, { headers: { "cache-control": "no-store" } })
  } catch {
    return NextResponse.json({ suggestions: [] }, { status: 502 })
  }
}
