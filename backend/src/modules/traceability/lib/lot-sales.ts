/** A showroom ledger row of one product, as the lot's path needs it. */
export type LedgerRow = {
  kind: string
  quantity: number
  lot: string | null
  created_at: Date
}

/**
 * Units of one lot sold at one showroom, from its ledger: the counter and
 * online pickups sell the oldest intake first (first in, first out), so sales
 * are given to intakes in the order they arrived and this lot gets the part
 * that fell on the intakes naming it. Returns go back to the producer and are
 * taken from the newest intakes. Rows are of one product at one showroom.
 */
export function unitsSoldOfLot(rows: LedgerRow[], lotCode: string): { sold: number; last_sold_at: Date | null } {
  const sorted = [...rows].sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
  const intakes = sorted.filter((r) => r.kind === "intake" && r.quantity > 0).map((r) => ({ ...r, left: r.quantity }))
  const returned = sorted.filter((r) => r.kind === "return").reduce((n, r) => n - r.quantity, 0)
  // returns leave from the newest intakes
  let toReturn = returned
  for (let i = intakes.length - 1; i >= 0 && toReturn > 0; i--) {
    const take = Math.min(intakes[i].left, toReturn)
    intakes[i].left -= take
    toReturn -= take
  }
  let sold = 0
  let last: Date | null = null
  let next = 0
  for (const sale of sorted.filter((r) => r.kind === "sale" || r.kind === "pickup")) {
    let units = -sale.quantity
    while (units > 0 && next < intakes.length) {
      const take = Math.min(intakes[next].left, units)
      intakes[next].left -= take
      units -= take
      if (take > 0 && intakes[next].lot === lotCode) {
        sold += take
        last = sale.created_at
      }
      if (intakes[next].left === 0) next++
    }
    // units sold beyond every intake (a miscount) belong to no lot
  }
  return { sold, last_sold_at: last }
}
