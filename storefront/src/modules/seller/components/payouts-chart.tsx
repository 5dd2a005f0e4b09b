import type { PayoutPeriod } from "@/lib/types"
import { formatVnd } from "@/lib/format"
import type { Lang } from "@/lib/i18n"

/**
 * Net earnings per month as bars, oldest first (the table under it holds the
 * same figures for screen readers, so the bars are hidden from them).
 */
export function PayoutsChart({ payouts, lang }: { payouts: PayoutPeriod[]; lang: Lang }) {
  const months = [...payouts].sort((a, b) => a.period.localeCompare(b.period)).slice(-12)
  const top = Math.max(1, ...months.map((p) => p.net))
  return (
    <div className="bar-chart" aria-hidden="true" data-testid="payouts-chart">
      {months.map((p) => (
        <div key={p.period} className="bar-column">
          <span className="bar-value">{formatVnd(p.net, lang)}</span>
          <span className="bar" style={{ height: `${Math.max(2, Math.round((p.net / top) * 100))}%` }} />
          <span className="bar-label">{p.period}</span>
        </div>
      ))}
    </div>
  )
}
