import type { Settlement } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { AdvanceSettlementButton } from "@/modules/showroom/components/advance-settlement-button"
import { SettlementForm } from "@/modules/showroom/components/settlement-form"

/** Settlements with the producers: a new draft, then confirmed and paid; each as CSV. */
export function StaffSettlements({
  settlements,
  producers,
  lang,
}: {
  settlements: Settlement[]
  producers: { id: string; name: string }[]
  lang: Lang
}) {
  const t = dictionary(lang)
  const s = t.staff
  const producerName = new Map(producers.map((p) => [p.id, p.name]))
  return (
    <>
      <h2>{s.settlements}</h2>
      <SettlementForm lang={lang} t={t} producers={producers} />
      <ul className="seller-list" data-testid="staff-settlements">
        {settlements.map((x) => (
          <li key={x.id}>
            {producerName.get(x.producer_id) ?? x.producer_id} · {formatDate(x.period_start, lang)}–
            {formatDate(new Date(new Date(x.period_end).getTime() - 1), lang)} · {x.units} · {formatVnd(x.gross, lang)}{" "}
            − {formatVnd(x.commission, lang)} = <strong>{formatVnd(x.net, lang)}</strong> ·{" "}
            {t.seller.settlementStatus[x.status as keyof typeof t.seller.settlementStatus] ?? x.status}{" "}
            <a href={`/api/staff/settlements/${x.id}`} download>
              {s.csv}
            </a>
            {x.status === "draft" ? (
              <AdvanceSettlementButton lang={lang} id={x.id} status="confirmed" label={s.confirm} />
            ) : null}
            {x.status === "confirmed" ? (
              <AdvanceSettlementButton lang={lang} id={x.id} status="paid" label={s.markPaid} />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
