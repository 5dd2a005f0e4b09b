import Link from "next/link"
import { Suspense } from "react"
import { dictionary, type Lang } from "@/lib/i18n"
import { LangSwitch } from "@/modules/common/components/lang-switch"
import { SearchBox } from "@/modules/search/components/search-box"

/** Every page's header: logo, navigation with the cart's item count, the other language, the search box. */
export function SiteHeader({ lang, cartCount }: { lang: Lang; cartCount: number }) {
  const t = dictionary(lang)
  return (
    <header className="site-header">
      <div className="header-row">
        <Link href={`/${lang}`} className="logo" aria-label={t.nav.home}>
          <span aria-hidden="true">★</span> {t.siteName}
        </Link>
        <nav className="header-nav" aria-label={t.nav.home}>
          <Link href={`/${lang}/showrooms`}>{t.nav.showrooms}</Link>
          <Link href={`/${lang}/account`}>{t.nav.account}</Link>
          <Link href={`/${lang}/cart`} data-testid="cart-link">
            {t.nav.cart}
            {cartCount > 0 ? (
              <span className="cart-count" aria-label={`${cartCount}`}>
                {cartCount}
              </span>
            ) : null}
          </Link>
          <Suspense fallback={null}>
            <LangSwitch lang={lang} label={t.language.label} />
          </Suspense>
        </nav>
      </div>
      <Suspense fallback={null}>
        <SearchBox lang={lang} t={t.search} />
      </Suspense>
    </header>
  )
}
