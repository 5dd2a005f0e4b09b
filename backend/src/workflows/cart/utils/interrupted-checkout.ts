import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import OrderPickupShowroom from "../../../links/order-pickup-showroom"
import { releaseExpiredLocks } from "../../../medusa-tables/expired-locks"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import { ordersNamingCart } from "../../../medusa-tables/orders-of-cart"
import { withCartLock } from "./cart-lock"

/**
 * The cart an order was placed from, kept in the cart's metadata (Medusa
 * copies it onto the order), so every order a completion of this cart made
 * can be found, linked or not.
 */
export const CHECKOUT_CART_KEY = "ocop_cart_id"

// a completion got this far only when it authorized the payment: its last step before releasing the cart
const DONE_SESSION = new Set(["authorized", "captured"])

/**
 * Undoes what an interrupted completion of this cart left behind, so that
 * completing it again places the order once, with its stock reserved.
 *
 * Medusa's cart completion creates the order, then links it to the cart,
 * marks the cart completed and reserves its stock in parallel steps, each in
 * its own transaction, and authorizes the payment last. A backend killed in
 * between leaves an order without its link (a retry would place a second one),
 * or a linked order without its reservations (a retry returns it as placed,
 * and its units stay on sale: seen in tests/integration/faults.test.ts).
 * Such an order was never confirmed to anyone (the request died, its events
 * were never released), so it is removed with its reservations and links and
 * the cart becomes completable again. The order that authorized its payment
 * is the cart's real order and is kept.
 *
 * Runs under the cart's lock, the key Medusa's completion holds, so it never
 * sees a completion that is still running.
 */
export async function undoInterruptedCheckout(container: MedusaContainer, cartId: string): Promise<string[]> {
  await releaseExpiredLocks(container, [cartId])
  // the lock only when there is something to undo: almost never
  if (!(await leftovers(container, cartId)).undone.length) return []
  return withCartLock(container, cartId, () => undo(container, cartId))
}

/** The cart's orders that an interrupted completion left, and the one to keep. */
async function leftovers(container: MedusaContainer, cartId: string) {
  const { linked, named, sessions, completed } = await ordersNamingCart(container, CHECKOUT_CART_KEY, cartId)
  const kept = linked && sessions.some((s) => DONE_SESSION.has(s)) ? linked : null
  const undone = [...new Set([...named, ...(linked ? [linked] : [])])].filter((id) => id !== kept)
  return { kept, undone, completed }
}

async function undo(container: MedusaContainer, cartId: string): Promise<string[]> {
  const { kept, undone, completed } = await leftovers(container, cartId)
  if (!undone.length) return []
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`checkout of cart ${cartId}: undoing order(s) ${undone.join(", ")} left by an interrupted completion`)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "payment_collections.id"],
    filters: { id: undone },
  })
  const itemIds = data.flatMap((o: any) => (o.items ?? []).map((i: any) => i.id as string))
  if (itemIds.length) await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(itemIds)
  // The order's links to the cart, its payment collection and a pickup showroom, dismissed one by
  // one: link.delete() on the order cascades to the payment collection (Medusa's link deletes it),
  // and the cart, left without one, answered 400 "Payment collection has not been initiated".
  const { data: pickups } = await query.graph({
    entity: OrderPickupShowroom.entryPoint,
    fields: ["order_id", "ocop_showroom_id"],
    filters: { order_id: undone },
  })
  const links = [
    ...data.map((o: any) => ({ [Modules.ORDER]: { order_id: o.id }, [Modules.CART]: { cart_id: cartId } })),
    ...data.flatMap((o: any) =>
      (o.payment_collections ?? []).map((pc: any) => ({
        [Modules.ORDER]: { order_id: o.id },
        [Modules.PAYMENT]: { payment_collection_id: pc.id },
      }))
    ),
    ...pickups.map((p: any) => ({
      [Modules.ORDER]: { order_id: p.order_id },
      [CONSIGNMENT_MODULE]: { ocop_showroom_id: p.ocop_showroom_id },
    })),
  ]
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  await container.resolve(Modules.ORDER).softDeleteOrders(undone)
  if (!kept && completed) await container.resolve(Modules.CART).updateCarts([{ id: cartId, completed_at: null }])
  return undone
}
