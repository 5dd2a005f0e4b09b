/**
 * "{n} sản phẩm" with n = 3 -> "3 sản phẩm". On its own, so a client component
 * that fills a template imports neither language's dictionary.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""))
}
