/** Commission in whole dong: basis points of the gross, rounded half up. */
export function commissionOf(gross: number, bps: number): number {
  return Math.floor((gross * bps + 5000) / 10000)
}

/** Units, gross, commission and net of a settlement's sale movements (quantities are negative: stock out). */
export function settlementFigures(sales: { quantity: number; unit_price: number | null }[], bps: number) {
  const units = sales.reduce((n, s) => n - Number(s.quantity), 0)
  const gross = sales.reduce((n, s) => n - Number(s.quantity) * Number(s.unit_price ?? 0), 0)
  const commission = commissionOf(gross, bps)
  return { units, gross, commission, net: gross - commission }
}
