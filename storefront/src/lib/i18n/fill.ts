/**
 * "{n} sản phẩm" with n = 3 -> "3 sản phẩm". On its own, so a client component
 * that fills a template imports neither language's dictionary.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""))
}

/**
 * A count in words: "1 product", "2 products" (Vietnamese has one form). `shown`
 * is the number as the page writes it ("1.234"), when it is formatted.
 */
export function fillCount(forms: { one: string; other: string }, n: number, shown: string | number = n): string {
  return fill(n === 1 ? forms.one : forms.other, { n: shown })
}
