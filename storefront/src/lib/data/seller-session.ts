import "server-only"
import { portalSession } from "./portal-session"

/** The producer portal's login (actor type "producer"). */
const session = portalSession("ocop_seller_jwt")

export const sellerHeaders = session.headers
export const setSellerToken = session.setToken
export const clearSellerToken = session.clear
export const sellerFetch = session.fetch
