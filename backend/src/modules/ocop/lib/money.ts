/**
 * VND is zero-decimal: every amount is a whole number of dong.
 * Formats like "185.000 ₫" (vi) or "₫185,000" (en).
 */
export function formatVnd(amount: number, locale: "vi" | "en" = "vi"): string {
  assertWholeDong(amount)
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  })
    .format(amount)
    .replace(/\u00a0/g, " ")
}

export function assertWholeDong(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new Error(`VND amounts are whole dong; got ${amount}`)
  }
}
