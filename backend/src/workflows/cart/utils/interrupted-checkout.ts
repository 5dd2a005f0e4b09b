import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { unlinkedOrderIdsOfCart } from "../../../medusa-tables/unlinked-orders-of-cart"

/**
 * The cart an order was placed from, kept in the cart's metadata (Medusa
 * copies it onto the order). Medusa's cart completion creates the order, then
 * in a later step links it to the cart, reserves its stock and marks the cart
 * completed: a backend killed in between leaves an order that no retry finds,
 * and the retry places a second one (seen in tests/integration/faults.test.ts).
 */
export const CHECKOUT_CART_KEY = "ocop_cart_id"

/** Orders an interrupted completion of this cart left behind (never linked to it): removed before it is completed again. */
export async function dropInterruptedOrders(container: MedusaContainer, cartId: string): Promise<string[]> {
  const ids = await unlinkedOrderIdsOfCart(container, CHECKOUT_CART_KEY, cartId)
  if (ids.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`checkout of cart ${cartId}: removing order(s) ${ids.join(", ")} left by an interrupted completion`)
    await container.resolve(Modules.ORDER).softDeleteOrders(ids)
  }
  return ids
}
