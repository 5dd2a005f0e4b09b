/**
 * Counterfeit signals on a trace page and in the operator's list. A real
 * stamp is scanned by a few people in a few places (the shop, the buyer's
 * home); a copied one turns up everywhere.
 */
export const MAX_PLAUSIBLE_PLACES = 5
export const MAX_PLAUSIBLE_SCANS = 30

export type CounterfeitSignal =
  | { kind: "unknown_code" }
  | { kind: "scanned_widely"; scans: number; places: number }
  | { kind: "oversold"; sold: number; made: number }
  | { kind: "certificate_revoked" }
  | { kind: "certificate_expired" }

export function counterfeitSignals(s: {
  /** scans of this unit code (a lot stamp is scanned by every buyer of the lot: not counted) */
  unitScans?: { scans: number; places: number } | null
  lot?: { made: number; sold: number } | null
  certificateReason?: string | null
}): CounterfeitSignal[] {
  const out: CounterfeitSignal[] = []
  if (s.unitScans && (s.unitScans.places > MAX_PLAUSIBLE_PLACES || s.unitScans.scans > MAX_PLAUSIBLE_SCANS))
    out.push({ kind: "scanned_widely", ...s.unitScans })
  if (s.lot && s.lot.sold > s.lot.made) out.push({ kind: "oversold", ...s.lot })
  if (s.certificateReason === "revoked") out.push({ kind: "certificate_revoked" })
  if (s.certificateReason === "expired") out.push({ kind: "certificate_expired" })
  return out
}
