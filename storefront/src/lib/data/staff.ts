import "server-only"
import { BACKEND_URL } from "../config"
import { backendError } from "./backend"
import { staffFetch, staffHeaders } from "./staff-session"

export type StaffMe = {
  staff: { id: string; email: string; role: string; showroom_id: string }
  showroom: { id: string; name: string; address: string; commune: string }
  agreements: { id: string; producer_id: string; producer_name: string; commission_bps: number; consignment_days: number }[]
}
export type StockRow = { variant_id: string; sku: string; title: string; product_title: string; on_hand: number }
export type StaffAlert = { kind: string; variant_id: string; lot: string | null; units: number; since: string; best_before: string | null }
export type CounterSale = { id: string; receipt: string; payment_method: string; total: number; created_at: string }
export type Settlement = { id: string; producer_id: string; period_start: string; period_end: string; units: number; gross: number; commission: number; net: number; status: string }

export async function getStaffMe(): Promise<StaffMe | null> {
  if (!(await staffHeaders()).authorization) return null
  try {
    return await staffFetch<StaffMe>("/showroom/me")
  } catch (e) {
    if ([401, 403].includes(backendError(e).status)) return null
    throw e
  }
}

export type PickupOrder = {
  id: string
  display_id: number
  created_at: string
  name: string
  phone: string | null
  total: number
  state: "waiting" | "ready" | "collected" | "canceled"
  items: { id: string; title: string; variant_title: string; quantity: number; unit_price: number }[]
  payment: { provider_id: string | null; paid: boolean; to_collect: string | null; paid_at_counter: string | null }
}

export const listPickups = async () => (await staffFetch<{ orders: PickupOrder[] }>("/showroom/pickups")).orders
export const listStock = async () => (await staffFetch<{ stock: StockRow[] }>("/showroom/stock")).stock
export const listAlerts = async () => (await staffFetch<{ alerts: StaffAlert[] }>("/showroom/alerts")).alerts
export const listSales = async () => (await staffFetch<{ sales: CounterSale[] }>("/showroom/sales")).sales
export const listSettlements = async () => (await staffFetch<{ settlements: Settlement[] }>("/showroom/settlements")).settlements

export type ShowroomCounter = { stock: StockRow[]; alerts: StaffAlert[]; pickups: PickupOrder[]; sales: CounterSale[]; settlements: Settlement[] }

/** Everything the counter screen shows, asked for at once. */
export async function getShowroomCounter(): Promise<ShowroomCounter> {
  const [stock, alerts, pickups, sales, settlements] = await Promise.all([listStock(), listAlerts(), listPickups(), listSales(), listSettlements()])
  return { stock, alerts, pickups, sales, settlements }
}

/** A settlement of the staff member's showroom as CSV, streamed through from the backend (the caller has checked the login and id). */
export async function fetchSettlementCsv(id: string): Promise<Response> {
  return fetch(`${BACKEND_URL}/showroom/settlements/${id}?format=csv`, { headers: await staffHeaders() })
}

export type Receipt = {
  number: string
  kind: "intake" | "sale"
  showroom: { name: string; address: string; commune: string }
  created_at: string
  staff: string
  payment_method: string | null
  total: number | null
  lines: { name: string; sku: string | null; quantity: number; unit_price: number | null; lot: string | null; best_before: string | null }[]
}

export async function getReceipt(number: string): Promise<Receipt | null> {
  try {
    return (await staffFetch<{ receipt: Receipt }>(`/showroom/receipts/${encodeURIComponent(number)}`)).receipt
  } catch (e) {
    if ([401, 404].includes(backendError(e).status)) return null
    throw e
  }
}
