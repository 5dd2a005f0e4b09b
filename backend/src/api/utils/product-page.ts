import type { CalculatedPriceSet, IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { productOnPage } from "../../medusa-tables/product-page"
import type { StoreOcopProductPageResponse, StoreOcopVariantPrice } from "../store/ocop/types"
import { productReviews } from "../store/ocop/reviews/product-reviews"
import { productAvailability } from "./product-availability"
import { provenanceFor } from "./provenance"

const MAX_HANDLE = 200
/** reviews a product page shows under the product; the rest are on its reviews page */
const REVIEWS_ON_PRODUCT_PAGE = 5

/**
 * A product page's answer: the product on sale with this handle in the
 * publishable key's sales channels, its variants priced by the pricing module
 * for the region (Medusa's `calculated_price`), its provenance, its
 * availability, and its rating with the newest reviews. Null when no such
 * product is on sale now; a 400 for an unknown region.
 */
export async function productPage(
  container: MedusaContainer,
  input: { handle: string; regionId: string; salesChannelIds: string[] }
): Promise<StoreOcopProductPageResponse | null> {
  if (input.handle.length > MAX_HANDLE) return null
  const { currency, product } = await productOnPage(container, input)
  if (!currency) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không có vùng bán hàng ${input.regionId} (no such region)`)
  }
  if (!product) return null
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const priceSetIds = product.variants.map((v) => v.price_set_id).filter((id): id is string => Boolean(id))
  const [provenance, prices, availability, reviews] = await Promise.all([
    provenanceFor(container, [product.id]),
    priceSetIds.length
      ? pricing.calculatePrices(
          { id: priceSetIds },
          { context: { region_id: input.regionId, currency_code: currency } }
        )
      : ([] as CalculatedPriceSet[]),
    // a product off sale gets no page at all (null below), so its availability is read as on sale
    productAvailability(container, product.id, { onSale: true }),
    productReviews(container, product.id, { sort: "newest", limit: REVIEWS_ON_PRODUCT_PAGE, offset: 0 }),
  ])
  const ocop = provenance.get(product.id)
  if (!ocop) return null
  const priceOf = new Map(prices.map((p) => [p.id, p]))
  return {
    product: {
      ...product,
      variants: product.variants.map(({ price_set_id, ...v }) => ({
        ...v,
        // the pricing module parses its amounts to numbers (calculatePrices)
        calculated_price: ((price_set_id && priceOf.get(price_set_id)) || null) as StoreOcopVariantPrice | null,
      })),
      ocop,
    },
    availability,
    reviews,
  }
}
