import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOcopProductPageResponse } from "../api/store/ocop/types"

/*
 * Direct query on Medusa's product, image, product_variant,
 * product_variant_price_set, product_sales_channel and region tables: what a
 * storefront product page shows of a product, by handle, in one query. Medusa's
 * GET /store/products?handle= answers the same through its query middlewares,
 * two region lookups and a Query graph across the product, sales-channel and
 * pricing modules: 28-35 ms of a free server for a product's id alone on the
 * bench's catalogue, before any price. Prices still come from the pricing
 * module (`calculatePrices`), which owns price lists and rules.
 */

type Shown = StoreOcopProductPageResponse["product"]
/** A variant as the page shows it, before its price: with the price set the pricing module prices. */
export type PageVariant = Omit<Shown["variants"][number], "calculated_price"> & { price_set_id: string | null }
/** The product as the page shows it, before prices and provenance. */
export type PageProduct = Omit<Shown, "variants" | "ocop"> & { variants: PageVariant[] }

/**
 * A region's currency (null: no such live region) and the published, live
 * product with this handle in one of these sales channels (the publishable
 * key's), with its images by rank and its live variants with their price sets
 * (null: none), in one round trip. The variants come by rank, then in the
 * table's own order: Medusa's product module loads them with no ORDER BY, so
 * its routes show them in that order (the order they were created in), and the
 * page's first variant stays the one Medusa's route puts first.
 */
export async function productOnPage(
  container: MedusaContainer,
  input: { handle: string; regionId: string; salesChannelIds: string[] }
): Promise<{ currency: string | null; product: PageProduct | null }> {
  const { rows } = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT (SELECT r.currency_code FROM region r WHERE r.id = ? AND r.deleted_at IS NULL) AS currency,
            (SELECT row_to_json(x) FROM (
               SELECT p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.metadata,
                      coalesce((SELECT json_agg(json_build_object('id', i.id, 'url', i.url) ORDER BY i.rank, i.ctid)
                                  FROM image i WHERE i.product_id = p.id AND i.deleted_at IS NULL), '[]') AS images,
                      coalesce((SELECT json_agg(json_build_object('id', v.id, 'title', v.title, 'sku', v.sku,
                                                                  'price_set_id', ps.price_set_id)
                                                ORDER BY v.variant_rank, v.ctid)
                                  FROM product_variant v
                                  LEFT JOIN product_variant_price_set ps ON ps.variant_id = v.id AND ps.deleted_at IS NULL
                                 WHERE v.product_id = p.id AND v.deleted_at IS NULL), '[]') AS variants
                 FROM product p
                WHERE p.handle = ? AND p.deleted_at IS NULL AND p.status = 'published'
                  AND EXISTS (SELECT 1 FROM product_sales_channel c
                               WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.sales_channel_id = ANY(?))
             ) x) AS product`,
    [input.regionId, input.handle, input.salesChannelIds]
  )
  return rows[0]
}
