import "server-only"
import type { Metadata } from "next"
import { requestOrigin } from "./util/origin"
import { LANGS, type Lang } from "./i18n"

/**
 * The storefront's public address for canonical links, the sitemap and share
 * images: OCOP_SITE_URL in production (one address for search engines, not
 * whatever host a request came by), else the address of the request.
 */
export async function siteUrl(): Promise<string> {
  const configured = process.env.OCOP_SITE_URL?.replace(/\/+$/, "")
  return configured || (await requestOrigin())
}

/** Canonical and hreflang links of a page that exists in both languages (`path` after the language, "" for home). */
export function languageAlternates(lang: Lang, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(LANGS.map((l) => [l, `/${l}${path}`]))
  return { canonical: `/${lang}${path}`, languages: { ...languages, "x-default": `/vi${path}` } }
}

/** Open Graph's locale for a language. */
export const ogLocale = (lang: Lang) => (lang === "vi" ? "vi_VN" : "en_US")
