import "server-only"
import { sdk } from "../config"
import { listProvinces, type ProductWithOcop } from "./catalogue"

const PAGE = 500
const MAX_URLS = 20_000 // per language; a sitemap file holds at most 50,000 URLs

export type SitemapCatalogue = {
  products: { handle: string; updated_at: string | null }[]
  producers: string[]
  provinces: string[]
}

/**
 * What search engines should find: the products on sale now (Medusa's store
 * list applies the marketplace rule, so a product that leaves sale leaves the
 * sitemap at once), the producers of those products, and today's provinces.
 */
export async function sitemapCatalogue(): Promise<SitemapCatalogue> {
  const products: SitemapCatalogue["products"] = []
  const producers = new Set<string>()
  for (let offset = 0; offset < MAX_URLS; offset += PAGE) {
    const { products: page, count } = await sdk.store.product.list({
      fields: "id,handle,updated_at",
      limit: PAGE,
      offset,
    })
    for (const p of page as ProductWithOcop[]) {
      const ocop = p.ocop
      if (!p.handle || !ocop) continue
      products.push({ handle: p.handle, updated_at: (p.updated_at as string | null) ?? null })
      producers.add(ocop.producer.handle)
    }
    if (offset + PAGE >= count) break
  }
  const provinces = (await listProvinces()).map((p) => p.code)
  return { products, producers: [...producers], provinces }
}
