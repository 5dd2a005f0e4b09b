/** The storefront address a stamp's QR opens: short (a smaller QR), the storefront picks the language. */
export function traceUrl(code: string): string {
  const base = (process.env.STOREFRONT_URL || `http://localhost:${process.env.STOREFRONT_PORT || 8000}`).replace(
    /\/$/,
    ""
  )
  return `${base}/trace/${code}`
}
