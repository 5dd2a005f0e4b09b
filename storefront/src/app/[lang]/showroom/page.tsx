import { getStaffMe, listAlerts, listPickups, listSales, listSettlements, listStock } from "@/lib/data/staff"
import { staffLogout } from "@/lib/data/staff-actions"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { AdvanceSettlementButton } from "@/modules/showroom/components/advance-settlement-button"
import { CounterSaleForm } from "@/modules/showroom/components/counter-sale-form"
import { CountForm } from "@/modules/showroom/components/count-form"
import { IntakeForm } from "@/modules/showroom/components/intake-form"
import { PickupActions } from "@/modules/showroom/components/pickup-actions"
import { ReturnForm } from "@/modules/showroom/components/return-form"
import { SettlementForm } from "@/modules/showroom/components/settlement-form"
import { StaffActivateForm } from "@/modules/showroom/components/staff-activate-form"
import { StaffLoginForm } from "@/modules/showroom/components/staff-login-form"

export const metadata = { title: "Quầy điểm bán · Showroom counter" }

/** The showroom staff's screen: alerts, online orders to hand over, the counter and intake, stock with returns and counts, receipts, settlements. */
export default async function ShowroomCounter({ params, searchParams }: { params: Promise<{ lang: Lang }>; searchParams: Promise<{ token?: string }> }) {
  const { lang } = await params
  const { token = "" } = await searchParams
  const t = dictionary(lang)
  const s = t.staff
  const me = await getStaffMe()
  if (!me) {
    return (
      <section>
        <h1>{s.title}</h1>
        <div className="two-columns">
          <StaffLoginForm lang={lang} t={t} />
          <StaffActivateForm lang={lang} t={t} token={token.slice(0, 100)} />
        </div>
      </section>
    )
  }
  const [stock, alerts, pickups, sales, settlements] = await Promise.all([listStock(), listAlerts(), listPickups(), listSales(), listSettlements()])
  const producerName = new Map(me.agreements.map((a) => [a.producer_id, a.producer_name]))
  const stockName = new Map(stock.map((r) => [r.variant_id, `${r.product_title} · ${r.title}`]))
  return (
    <section>
      <h1>{me.showroom.name}</h1>
      <p className="muted">{me.staff.email} · {me.showroom.address}, {me.showroom.commune}</p>
      <form action={staffLogout}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="link-button">{s.logout}</button>
      </form>

      <h2>{s.alerts}</h2>
      {alerts.length ? (
        <ul className="seller-list" data-testid="staff-alerts">
          {alerts.map((a, i) => (
            <li key={i} className="error">{stockName.get(a.variant_id) ?? a.variant_id}: {s.alertKinds[a.kind as keyof typeof s.alertKinds] ?? a.kind} · {a.units} {a.lot ? `· ${s.lot} ${a.lot}` : ""} {a.best_before ? `· ${formatDate(a.best_before, lang)}` : ""}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noAlerts}</p>
      )}

      <h2>{s.pickups}</h2>
      {pickups.length ? (
        <ul className="seller-list" data-testid="staff-pickups">
          {pickups.map((o) => (
            <li key={o.id} data-testid={`pickup-${o.display_id}`}>
              <strong>#{o.display_id}</strong> · {o.name} {o.phone ? `· ${o.phone}` : ""} · {formatDate(o.created_at, lang)} · <strong>{s.pickupStates[o.state]}</strong>
              <ul>
                {o.items.map((i) => (
                  <li key={i.id}>{i.title} · {i.variant_title} × {i.quantity}</li>
                ))}
              </ul>
              {formatVnd(o.total, lang)} ·{" "}
              {o.payment.paid_at_counter
                ? `${s.paidAtCounter} (${s.payments[o.payment.paid_at_counter as keyof typeof s.payments] ?? o.payment.paid_at_counter})`
                : o.payment.paid ? s.paidOnline : s.toCollect}
              {o.state === "waiting" || o.state === "ready" ? <PickupActions lang={lang} t={t} id={o.id} state={o.state} toCollect={!o.payment.paid} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noPickups}</p>
      )}

      <div className="two-columns">
        <CounterSaleForm lang={lang} t={t} />
        <IntakeForm lang={lang} t={t} />
      </div>

      <h2>{s.stock}</h2>
      <table className="orders" data-testid="staff-stock">
        <thead><tr><th scope="col">{t.product.variant}</th><th scope="col">SKU</th><th scope="col">{s.onHand}</th><th scope="col">{s.returns} / {s.count}</th></tr></thead>
        <tbody>
          {stock.map((r) => (
            <tr key={r.variant_id}>
              <td>{r.product_title} · {r.title}</td>
              <td>{r.sku}</td>
              <td data-testid={`on-hand-${r.sku}`}>{r.on_hand}</td>
              <td>
                <ReturnForm lang={lang} t={t} variantId={r.variant_id} />
                <CountForm lang={lang} t={t} variantId={r.variant_id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{s.sales}</h2>
      <ul className="seller-list" data-testid="staff-sales">
        {sales.slice(0, 20).map((x) => (
          <li key={x.id}>{x.receipt} · {formatDate(x.created_at, lang)} · {s.payments[x.payment_method as keyof typeof s.payments] ?? x.payment_method} · {formatVnd(x.total, lang)}</li>
        ))}
      </ul>

      <h2>{s.settlements}</h2>
      <SettlementForm lang={lang} t={t} producers={me.agreements.map((a) => ({ id: a.producer_id, name: a.producer_name }))} />
      <ul className="seller-list" data-testid="staff-settlements">
        {settlements.map((x) => (
          <li key={x.id}>
            {producerName.get(x.producer_id) ?? x.producer_id} · {formatDate(x.period_start, lang)}–{formatDate(new Date(new Date(x.period_end).getTime() - 1), lang)} · {x.units} · {formatVnd(x.gross, lang)} − {formatVnd(x.commission, lang)} = <strong>{formatVnd(x.net, lang)}</strong> · {t.seller.settlementStatus[x.status as keyof typeof t.seller.settlementStatus] ?? x.status}{" "}
            <a href={`/api/staff/settlements/${x.id}`} download>{s.csv}</a>
            {x.status === "draft" ? <AdvanceSettlementButton lang={lang} id={x.id} status="confirmed" label={s.confirm} /> : null}
            {x.status === "confirmed" ? <AdvanceSettlementButton lang={lang} id={x.id} status="paid" label={s.markPaid} /> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
