import type { MetadataRoute } from "next"
import { sitemapCatalogue } from "@/lib/data/sitemap"
import { LANGS } from "@/lib/i18n"
import { siteUrl } from "@/lib/seo"

// read on every request: the catalogue changes when a certificate expires, not when the app is built
export const dynamic = "force-dynamic"

/** /sitemap.xml: every page worth finding, in both languages, each naming its other language. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteUrl()
  const { products, producers, provinces } = await sitemapCatalogue()
  const entry = (path: string, extra: Partial<MetadataRoute.Sitemap[number]> = {}) =>
    LANGS.map((lang) => ({
      url: `${origin}/${lang}${path}`,
      alternates: { languages: Object.fromEntries(LANGS.map((l) => [l, `${origin}/${l}${path}`])) },
      ...extra,
    }))
  return [
    ...entry("", { changeFrequency: "daily", priority: 1 }),
    ...entry("/showrooms", { changeFrequency: "monthly", priority: 0.5 }),
    ...products.flatMap((p) =>
      entry(`/products/${p.handle}`, {
        ...(p.updated_at ? { lastModified: new Date(p.updated_at) } : {}),
        changeFrequency: "weekly",
        priority: 0.8,
      })
    ),
    ...provinces.flatMap((code) => entry(`/provinces/${code}`, { changeFrequency: "weekly", priority: 0.6 })),
    ...producers.flatMap((handle) => entry(`/producers/${handle}`, { changeFrequency: "monthly", priority: 0.5 })),
  ]
}
