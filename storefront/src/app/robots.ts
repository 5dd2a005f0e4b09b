import type { MetadataRoute } from "next"
import { siteUrl } from "@/lib/seo"

export const dynamic = "force-dynamic"

/** /robots.txt: the catalogue is open; carts, accounts, checkout, the portals and the API are not for indexing. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteUrl()
  const privatePaths = ["cart", "checkout", "account", "orders", "seller", "showroom$", "showroom/", "search?"]
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...["vi", "en"].flatMap((l) => privatePaths.map((p) => `/${l}/${p}`))],
    },
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  }
}
