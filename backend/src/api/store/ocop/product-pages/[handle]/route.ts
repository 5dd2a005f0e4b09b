import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { productPage } from "../../../../utils/product-page"
import type { StoreOcopProductPageResponse } from "../../types"
import type { StoreProductPageParams } from "../validators"

/**
 * Everything a storefront product page shows of a product on sale, in one
 * answer: the product with its images, its variants priced for the region, its
 * badge and provenance, and where it can be had. 404 for a product not on sale.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StoreOcopProductPageResponse>) {
  const { region_id } = req.validatedQuery as unknown as StoreProductPageParams
  const page = await productPage(req.scope, {
    handle: String(req.params.handle),
    regionId: region_id,
    salesChannelIds: req.publishable_key_context?.sales_channel_ids ?? [],
  })
  if (!page)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có sản phẩm này đang bán (no such product on sale)")
  res.json(page)
}
