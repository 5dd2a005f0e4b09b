import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
// Be Vietnam Pro from the app itself (no font host), two files a weight on a Vietnamese page (see fonts.css)
import "../fonts.css"
import "../globals.css"
import { dictionary, isLang } from "@/lib/i18n"
import { ogLocale, siteUrl } from "@/lib/seo"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"

// every page reads the live catalogue: render on request, never at build time
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  const language = isLang(lang) ? lang : "vi"
  const t = dictionary(language)
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: `${t.siteName}: ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.home.description,
    applicationName: t.siteName,
    openGraph: { siteName: t.siteName, locale: ogLocale(language), type: "website" },
    twitter: { card: "summary_large_image" },
  }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#14532d" }

export default async function LangLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ lang: string }>
}) {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const t = dictionary(lang)
  return (
    <html lang={lang}>
      <body>
        <a href="#main" className="skip-link">
          {t.skipToContent}
        </a>
        <SiteHeader lang={lang} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  )
}
