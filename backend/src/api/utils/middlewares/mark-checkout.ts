import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { CHECKOUT_CART_KEY, undoInterruptedCheckout } from "../../../workflows/cart/utils/interrupted-checkout"

/**
 * Before a cart is completed: what an interrupted completion of it left is
 * undone, and its id goes into its metadata, so the order it becomes names it
 * (see workflows/cart/utils/interrupted-checkout).
 */
export async function markCheckoutCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await undoInterruptedCheckout(req.scope, req.params.id)
    const carts = req.scope.resolve(Modules.CART)
    const [cart] = await carts.listCarts({ id: req.params.id }, { select: ["id", "metadata", "completed_at"] })
    if (cart && !cart.completed_at && cart.metadata?.[CHECKOUT_CART_KEY] !== cart.id) {
      await carts.updateCarts([{ id: cart.id, metadata: { ...(cart.metadata ?? {}), [CHECKOUT_CART_KEY]: cart.id } }])
    }
    next()
  } catch (e) {
    next(e)
  }
}
