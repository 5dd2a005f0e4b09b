import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { vietnameseAddressProblem, type AddressInput } from "../../../modules/ocop/lib/address"
import { cartAtCompletion } from "../../../medusa-tables/cart-at-completion"

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A cart's shipping and billing addresses, when the request sets them (an
 * object; a string is a saved address, checked when it was saved): province
 * one of the 34, commune of that province, a Vietnamese phone. Refused with
 * a 400 before Medusa writes anything.
 */
export function checkCartAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  for (const key of ["shipping_address", "billing_address"]) {
    const address = body[key]
    if (!address || typeof address !== "object") continue
    const problem = vietnameseAddressProblem(address as AddressInput, false)
    if (problem) return next(refuse(problem))
  }
  next()
}

/** A shopper's saved address: always a full Vietnamese address (a new one, or an edit that touches it). */
export function checkCustomerAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as AddressInput
  const creating = !req.params.address_id
  const problem = vietnameseAddressProblem(body, creating || body.province != null || body.city != null)
  next(problem ? refuse(problem) : undefined)
}

/**
 * Before completion: an order that is delivered (not picked up at a
 * showroom) needs an address a courier can find, whatever was set earlier.
 */
export async function requireDeliveryAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartAtCompletion(req.scope, req.params.id)
    // a completed cart answers its order; without a delivery choice Medusa refuses it itself
    if (!cart || cart.completed_at || !cart.has_shipping_method || cart.pickup_at_showroom) return next()
    const problem = vietnameseAddressProblem((cart.shipping_address ?? {}) as AddressInput, true)
    next(problem ? refuse(`Địa chỉ giao hàng: ${problem}`) : undefined)
  } catch (e) {
    next(e)
  }
}
