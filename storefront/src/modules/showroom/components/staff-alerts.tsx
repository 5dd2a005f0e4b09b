import type { StaffAlert } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"

/** Goods past their consignment period, or past or near their best-before date. */
export function StaffAlerts({
  alerts,
  stockName,
  lang,
}: {
  alerts: StaffAlert[]
  stockName: Map<string, string>
  lang: Lang
}) {
  const s = dictionary(lang).staff
  return (
    <>
      <h2>{s.alerts}</h2>
      {alerts.length ? (
        <ul className="seller-list alert-list" data-testid="staff-alerts">
          {alerts.map((a, i) => (
            <li key={i} className="alert-item">
              {stockName.get(a.variant_id) ?? a.variant_id}:{" "}
              {s.alertKinds[a.kind as keyof typeof s.alertKinds] ?? a.kind} · {a.units}{" "}
              {a.lot ? `· ${s.lot} ${a.lot}` : ""} {a.best_before ? `· ${formatDate(a.best_before, lang)}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noAlerts}</p>
      )}
    </>
  )
}
