import type { MedusaContainer } from "@medusajs/framework/types"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { isOnSale } from "../../modules/ocop/lib/sellability"
import { productStock, salesChannelLocationIds } from "../../medusa-tables/product-stock"
import { onlineLocationsOf } from "../../workflows/search/utils/search-documents"
import { unitsAt } from "../../workflows/search/utils/stock-levels"
import type { StoreOcopAvailabilityResponse } from "../store/ocop/types"

/**
 * Where a product on sale can be had: units per variant for delivery (the
 * warehouse; null when not limited), and the showrooms with units free for
 * pickup or the counter (on hand less those set aside for pickup orders).
 * A product off sale has neither. `onSale`: already known by the caller
 * (a product page that just checked the rule), so not asked again.
 */
export async function productAvailability(
  container: MedusaContainer,
  productId: string,
  known: { onSale?: boolean } = {}
): Promise<StoreOcopAvailabilityResponse> {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const [answers, stock, channelLocations, showrooms] = await Promise.all([
    known.onSale ? null : (container.resolve(OCOP_MODULE) as OcopModuleService).sellability([productId]),
    productStock(container, productId),
    salesChannelLocationIds(container),
    consignment.listShowrooms({}, { take: null as any }),
  ])
  if (!stock || !(known.onSale || isOnSale(answers!.get(productId), stock.status))) return { online: {}, showrooms: [] }
  // the showrooms read here serve both the online locations and the showroom counts
  const online = onlineLocationsOf(channelLocations, new Set(showrooms.map((s) => s.stock_location_id)))
  const variants = stock.variants
  return {
    online: Object.fromEntries(variants.map((v) => [v.id, unitsAt(v, (id) => online.has(id))])),
    showrooms: showrooms
      .map((s) => ({
        id: s.id,
        handle: s.handle,
        name: s.name,
        address: s.address,
        commune: s.commune,
        opening_hours: s.opening_hours,
        available: variants.reduce(
          (n, v) =>
            n +
            (unitsAt({ ...v, allow_backorder: false, manage_inventory: true }, (id) => id === s.stock_location_id) ??
              0),
          0
        ),
      }))
      .filter((s) => s.available > 0)
      .sort((a, b) => b.available - a.available),
  }
}
