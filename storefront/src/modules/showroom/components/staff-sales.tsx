import type { CounterSale } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"

/** The latest counter sales. */
export function StaffSales({ sales, lang }: { sales: CounterSale[]; lang: Lang }) {
  const s = dictionary(lang).staff
  return (
    <>
      <h2>{s.sales}</h2>
      <ul className="seller-list" data-testid="staff-sales">
        {sales.slice(0, 20).map((x) => (
          <li key={x.id}>
            {x.receipt} · {formatDate(x.created_at, lang)} ·{" "}
            {s.payments[x.payment_method as keyof typeof s.payments] ?? x.payment_method} · {formatVnd(x.total, lang)}
          </li>
        ))}
      </ul>
    </>
  )
}
