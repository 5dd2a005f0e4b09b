import type { PickupOrder } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { PickupActions } from "@/modules/showroom/components/pickup-actions"

/** Online orders to hand over here: who collects, what, whether it is paid; ready and collected buttons. */
export function StaffPickups({ pickups, lang }: { pickups: PickupOrder[]; lang: Lang }) {
  const t = dictionary(lang)
  const s = t.staff
  return (
    <>
      <h2>{s.pickups}</h2>
      {pickups.length ? (
        <ul className="seller-list" data-testid="staff-pickups">
          {pickups.map((o) => (
            <li key={o.id} data-testid={`pickup-${o.display_id}`}>
              <strong>#{o.display_id}</strong> · {o.name} {o.phone ? `· ${o.phone}` : ""} ·{" "}
              {formatDate(o.created_at, lang)} · <strong>{s.pickupStates[o.state]}</strong>
              <ul>
                {o.items.map((i) => (
                  <li key={i.id}>
                    {i.title} · {i.variant_title} × {i.quantity}
                  </li>
                ))}
              </ul>
              {formatVnd(o.total, lang)} ·{" "}
              {o.payment.paid_at_counter
                ? `${s.paidAtCounter} (${s.payments[o.payment.paid_at_counter as keyof typeof s.payments] ?? o.payment.paid_at_counter})`
                : o.payment.paid
                  ? s.paidOnline
                  : s.toCollect}
              {o.state === "waiting" || o.state === "ready" ? (
                <PickupActions lang={lang} t={t} id={o.id} state={o.state} toCollect={!o.payment.paid} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noPickups}</p>
      )}
    </>
  )
}
