import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { cookies } from "next/headers"
import Link from "next/link"
import { Suspense } from "react"
import "../globals.css"
import { dictionary, isLang, type Lang } from "@/lib/i18n"
import { SearchBox } from "@/modules/search/components/search-box"
import { LangSwitch } from "@/modules/common/components/lang-switch"

// every page reads the live catalogue (and cookies): render on request, never at build time
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  const t = dictionary(isLang(lang) ? lang : "vi")
  return { title: { default: t.siteName, template: `%s · ${t.siteName}` }, description: t.tagline }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#14532d" }

export default async function LangLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const t = dictionary(lang as Lang)
  const cartCount = Number((await cookies()).get("ocop_cart_count")?.value ?? 0) || 0
  return (
    <html lang={lang}>
      <body>
        <a href="#main" className="skip-link">{t.skipToContent}</a>
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
                {cartCount > 0 ? <span className="cart-count" aria-label={`${cartCount}`}>{cartCount}</span> : null}
              </Link>
              <Suspense fallback={null}>
                <LangSwitch lang={lang as Lang} label={t.language.label} />
              </Suspense>
            </nav>
          </div>
          <Suspense fallback={null}>
            <SearchBox lang={lang as Lang} t={t.search} />
          </Suspense>
        </header>
        <main id="main" className="container">{children}</main>
        <footer className="site-footer">
          <p>{t.footer.about}</p>
          <p>
            <Link href={`/${lang}/verify`}>{t.footer.verify}</Link> · <Link href={`/${lang}/orders/lookup`}>{t.order.lookup}</Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
