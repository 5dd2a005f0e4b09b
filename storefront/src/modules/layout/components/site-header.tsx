import Link from "@/modules/common/components/link"
import { Suspense } from "react"
import { dictionary, type Lang } from "@/lib/i18n"
import { LangSwitch } from "@/modules/common/components/lang-switch"
import { SearchBox } from "@/modules/search/components/search-box"
import { CartLink } from "./cart-link"
import { Logo } from "./header-icons"

/**
 * Every page's header, one row on a phone too: logo, search, the other
 * language, cart, and a menu (showrooms, account) that unfolds under it on a
 * phone and sits in the row on a wider screen.
 */
export function SiteHeader({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  const links = (
    <>
      <Link href={`/${lang}/showrooms`}>{t.nav.showrooms}</Link>
      <Link href={`/${lang}/account`}>{t.nav.account}</Link>
    </>
  )
  return (
    <header className="site-header">
      <div className="header-row">
        <Link href={`/${lang}`} className="logo" aria-label={`${t.siteName}, ${t.nav.home}`}>
          <Logo />
          <span className="logo-text">{t.siteName}</span>
        </Link>
        <div className="header-search">
          <Suspense fallback={null}>
            <SearchBox lang={lang} t={t.search} />
          </Suspense>
        </div>
        <nav className="header-nav" aria-label={t.nav.menu}>
          {links}
        </nav>
        <Suspense fallback={null}>
          <LangSwitch lang={lang} label={t.language.label} />
        </Suspense>
        <CartLink lang={lang} label={t.nav.cart} />
        <details className="header-menu">
          <summary aria-label={t.nav.menu}>
            <span aria-hidden="true">☰</span>
          </summary>
          <nav className="header-menu-panel" aria-label={t.nav.menu}>
            {links}
          </nav>
        </details>
      </div>
    </header>
  )
}
