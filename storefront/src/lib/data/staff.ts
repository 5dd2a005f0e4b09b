import "server-only"
import { BACKEND_URL } from "../config"
import { backendError } from "./backend"
import { staffFetch, staffHeaders } from "./staff-session"
import type {
  CounterSale,
  PickupOrder,
  Receipt,
  Settlement,
  ShowroomAlertsResponse,
  ShowroomPickupsResponse,
  ShowroomReceiptResponse,
  ShowroomSalesResponse,
  ShowroomSettlementsResponse,
  ShowroomStockResponse,
  StaffAlert,
  StaffMe,
  StockRow,
} from "../types"

export async function getStaffMe(): Promise<StaffMe | null> {
  if (!(await staffHeaders()).authorization) return null
  try {
    return await staffFetch<StaffMe>("/showroom/me")
  } catch (e) {
    if ([401, 403].includes(backendError(e).status)) return null
    throw e
  }
}

export const listPickups = async () => (await staffFetch<ShowroomPickupsResponse>("/showroom/pickups")).orders
export const listStock = async () => (await staffFetch<ShowroomStockResponse>("/showroom/stock")).stock
export const listAlerts = async () => (await staffFetch<ShowroomAlertsResponse>("/showroom/alerts")).alerts
export const listSales = async () => (await staffFetch<ShowroomSalesResponse>("/showroom/sales")).sales
export const listSettlements = async () =>
  (await staffFetch<ShowroomSettlementsResponse>("/showroom/settlements")).settlements

export type ShowroomCounter = {
  stock: StockRow[]
  alerts: StaffAlert[]
  pickups: PickupOrder[]
  sales: CounterSale[]
  settlements: Settlement[]
}

/** Everything the counter screen shows, asked for at once. */
export async function getShowroomCounter(): Promise<ShowroomCounter> {
  const [stock, alerts, pickups, sales, settlements] = await Promise.all([
    listStock(),
    listAlerts(),
    listPickups(),
    listSales(),
    listSettlements(),
  ])
  return { stock, alerts, pickups, sales, settlements }
}

/** A settlement of the staff member's showroom as CSV, streamed through from the backend (the caller has checked the login and id). */
export async function fetchSettlementCsv(id: string): Promise<Response> {
  return fetch(`${BACKEND_URL}/showroom/settlements/${id}?format=csv`, { headers: await staffHeaders() })
}

export async function getReceipt(number: string): Promise<Receipt | null> {
  try {
    return (await staffFetch<ShowroomReceiptResponse>(`/showroom/receipts/${encodeURIComponent(number)}`)).receipt
  } catch (e) {
    if ([401, 404].includes(backendError(e).status)) return null
    throw e
  }
}
