/** Response shapes of the trace routes (types only, read by the storefront). Instants are ISO strings. */
import type { CounterfeitSignal } from "../../../../modules/traceability/lib/signals"

export type { CounterfeitSignal }

export type TraceLotPath = {
  made: { at: string; quantity: number }
  /** consignment intakes naming the lot */
  intakes: { showroom: string; province_code: string; at: string; quantity: number }[]
  /** units of the lot sold at each showroom (counter sales and online orders collected there) */
  sold: { channel: "showroom"; showroom: string; province_code: string; quantity: number; last_at: string }[]
  sold_total: number
}

/** POST /store/ocop/trace/:code: what a scanned stamp says. Nothing private: no buyer, no price. */
export type TraceView = {
  code: string
  kind: "unit" | "lot"
  unit: number | null
  /** handle only while the product is on sale (a link to its page) */
  product: { title: string; handle: string | null; thumbnail: string | null } | null
  producer: { name: string; handle: string } | null
  commune: string | null
  province: string | null
  certificate: { number: string; stars: number; state: string; expires_at: string } | null
  lot: { lot_code: string; produced_on: string; best_before: string; quantity: number; notes: string | null }
  path: TraceLotPath
  /** this unit's scans so far (this one included); null for a lot stamp */
  scans: { scans: number; places: number } | null
  signals: CounterfeitSignal[]
}

export type StoreTraceResponse = { trace: TraceView | null; signals: CounterfeitSignal[] }

/** GET /producer/lots */
export type ProducerLot = {
  id: string
  product_id: string
  product_title: string
  lot_code: string
  produced_on: string
  best_before: string
  quantity: number
  notes: string | null
  stamp_mode: "unit" | "lot"
  codes: number
  sold: number
}

/** GET /showroom/trace/:code: what a scanned stamp fills in at intake. */
export type ShowroomStampLookup = {
  stamp: {
    product_id: string
    title: string
    variants: {
      id: string
      title: string
      sku: string
      product_id: string
      product_title: string
      price: number | null
    }[]
    lot: string
    best_before: string
  }
}
