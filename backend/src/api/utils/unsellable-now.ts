import { MedusaContainer } from "@medusajs/framework/types"
import {
  listProductsOffSaleBeforeExpiry,
  listUnsellablePublishedProductIds,
} from "../../medusa-tables/unsellable-products"
import { onCatalogue } from "./store-answer-cache"

/** A list computed from the catalogue alone, kept until its token changes or its next timed change. */
const perCatalogue =
  (name: string, list: (container: MedusaContainer) => Promise<string[]>) =>
  (container: MedusaContainer, catalogue?: string): Promise<string[]> =>
    onCatalogue(container, name, () => list(container), catalogue)

/**
 * The published products the rule keeps off sale now. The query scans the
 * catalogue (20,000 products: the largest part of the rule's cost on a store
 * list), so its answer is kept until the catalogue token changes or the next
 * certificate expiry comes (api/utils/store-answer-cache): exact at each call.
 */
export const unsellablePublishedNow = perCatalogue("unsellable-published-products", (container) =>
  listUnsellablePublishedProductIds(container)
)

/**
 * The products a search index may still hold although they left sale before
 * their expiry (medusa-tables/unsellable-products): kept the same way, so a
 * search no longer asks for them each time.
 */
export const offSaleBeforeExpiryNow = perCatalogue("products-off-sale-before-expiry", (container) =>
  listProductsOffSaleBeforeExpiry(container)
)
