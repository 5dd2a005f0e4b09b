import { MedusaContainer } from "@medusajs/framework/types"
import {
  listProductsOffSaleBeforeExpiry,
  listUnsellablePublishedProductIds,
} from "../../medusa-tables/unsellable-products"
import { onCatalogue } from "./store-answer-cache"

/**
 * The published products the rule keeps off sale now. The query scans the
 * catalogue (20,000 products: the largest part of the rule's cost on a store
 * list), so its answer is kept until the catalogue token changes or the next
 * certificate expiry comes (api/utils/store-answer-cache): exact at each call.
 */
export function unsellablePublishedNow(container: MedusaContainer, catalogue?: string): Promise<string[]> {
  return onCatalogue(
    container,
    "unsellable-published-products",
    () => listUnsellablePublishedProductIds(container),
    catalogue
  )
}

/**
 * The products a search index may still hold although they left sale before
 * their expiry (medusa-tables/unsellable-products): kept the same way, so a
 * search no longer asks for them each time.
 */
export function offSaleBeforeExpiryNow(container: MedusaContainer, catalogue?: string): Promise<string[]> {
  return onCatalogue(
    container,
    "products-off-sale-before-expiry",
    () => listProductsOffSaleBeforeExpiry(container),
    catalogue
  )
}
