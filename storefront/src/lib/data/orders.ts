import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { authHeaders } from "./session"
import { storeGet } from "./backend"
import type { OrderPart, PickupProgress, StoreOcopOrderPartsResponse, StoreOcopPickupResponse } from "../types"

const ORDER_FIELDS =
  "+customer_id,*items,*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payments,+fulfillment_status,+payment_status"

// Medusa's order ids; anything else is not looked up
const ORDER_ID = /^order_[A-Z0-9]{10,40}$/

/** An order by id (ids are unguessable; Medusa's store route answers them like a receipt link). */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  if (!ORDER_ID.test(id)) return null
  try {
    return (await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, await authHeaders())).order
  } catch {
    return null
  }
}

/** Each producer's part of a logged-in customer's order, with its progress. */
export async function getOrderParts(id: string): Promise<OrderPart[] | null> {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  try {
    return (
      (await storeGet<StoreOcopOrderPartsResponse>(`/store/ocop/orders/${id}/parts`, undefined, headers))?.parts ?? null
    )
  } catch {
    return null
  }
}

/** Where and whether an order to collect at a showroom is ready; null for a delivered order. */
export async function getOrderPickup(id: string): Promise<PickupProgress | null> {
  if (!ORDER_ID.test(id)) return null
  return (await storeGet<StoreOcopPickupResponse>(`/store/ocop/orders/${id}/pickup`))?.pickup ?? null
}
