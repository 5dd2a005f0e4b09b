import Link from "@/modules/common/components/link"
import { dictionary, fill, type Lang } from "@/lib/i18n"

export function Pagination({
  page,
  pages,
  base,
  params,
  lang,
}: {
  page: number
  pages: number
  base: string
  params: Record<string, string>
  lang: Lang
}) {
  if (pages <= 1) return null
  const t = dictionary(lang).search
  const href = (n: number) => {
    const next = new URLSearchParams(params)
    if (n === 1) next.delete("page")
    else next.set("page", String(n))
    const qs = next.toString()
    return qs ? `${base}?${qs}` : base
  }
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t.previous}
        </Link>
      ) : null}
      {shown.map((n) => (
        <Link key={n} href={href(n)} aria-current={n === page ? "page" : undefined} aria-label={fill(t.page, { n })}>
          {n}
        </Link>
      ))}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t.next}
        </Link>
      ) : null}
    </nav>
  )
}
