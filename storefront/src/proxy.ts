import { NextResponse, type NextRequest } from "next/server"

/** "/" and paths without a language go to the shopper's language: cookie, then browser, then Vietnamese. */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const saved = request.cookies.get("ocop_lang")?.value
  const browser = request.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : "vi"
  const lang = saved === "en" || saved === "vi" ? saved : browser
  return NextResponse.redirect(new URL(`/${lang}${pathname === "/" ? "" : pathname}${search}`, request.url))
}

// only paths that do not start with a language, the API, images, Next's own files, or the site's
// files at the root (favicon, icons, manifest, sitemap.xml, robots.txt)
export const config = {
  matcher: ["/((?!vi(?:/|$)|en(?:/|$)|api/|static/|_next/|favicon|[^/]+\\.(?:xml|txt|webmanifest|png|svg|ico)$).*)"],
}
