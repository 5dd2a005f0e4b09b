"use client"

import Link from "@/modules/common/components/link"
import { usePathname, useSearchParams } from "next/navigation"
import type { Lang } from "@/lib/i18n"

/** The same page in the other language; the choice is remembered in a cookie. */
export function LangSwitch({ lang, label }: { lang: Lang; label: string }) {
  const pathname = usePathname() ?? `/${lang}`
  const search = useSearchParams()?.toString()
  const other: Lang = lang === "vi" ? "en" : "vi"
  const href = pathname.replace(/^\/(vi|en)(?=\/|$)/, `/${other}`) + (search ? `?${search}` : "")
  return (
    <Link
      href={href}
      hrefLang={other}
      lang={other}
      className="lang-switch"
      aria-label={`${label}: ${other === "vi" ? "Tiếng Việt" : "English"}`}
      onClick={() => {
        document.cookie = `ocop_lang=${other}; path=/; max-age=31536000; samesite=lax`
      }}
    >
      {other === "vi" ? "VI" : "EN"}
    </Link>
  )
}
