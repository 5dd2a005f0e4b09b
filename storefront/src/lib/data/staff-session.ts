import "server-only"
import { portalSession } from "./portal-session"

/** The showroom staff portal's login (actor type "staff"). */
const session = portalSession("ocop_staff_jwt")

export const staffHeaders = session.headers
export const setStaffToken = session.setToken
export const clearStaffToken = session.clear
export const staffFetch = session.fetch
